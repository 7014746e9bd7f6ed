// The upload route honours dryRun and sheet whether the client sends them before or after the
// file part (curl -F file=@x.csv -F dryRun=true sends them after).
import { beforeEach, describe, expect, it, vi } from "vitest";

const staged: { dryRun: boolean; sheet: string | undefined; text: string }[] = [];

vi.mock("@/lib/auth/api-auth", () => ({ requireApi: async () => ({ actor: { id: 7 } }) }));
vi.mock("@/lib/auth/request-context", () => ({ auditContext: async () => ({}) }));
vi.mock("@/lib/batches/find-batches", () => ({ findBatches: async () => [] }));
vi.mock("@/lib/batches/stage-upload", () => ({
  // reads the whole file first, as the real stager does, then asks for the decision fields
  stageUpload: async (o: { source: AsyncIterable<Buffer>; sheet?: string | Promise<string | undefined>; dryRun: boolean | Promise<boolean> }) => {
    let text = "";
    for await (const c of o.source) text += c.toString();
    const row = { dryRun: await o.dryRun, sheet: await o.sheet, text };
    staged.push(row);
    return { httpStatus: row.dryRun ? 200 : 201, body: row };
  },
}));

const { POST } = await import("./route");

const B = "b0undary";
const part = (disp: string, data: string) => `--${B}\r\nContent-Disposition: form-data; ${disp}\r\n\r\n${data}\r\n`;
const upload = (body: string) =>
  POST(new Request("http://x/api/v1/batches", { method: "POST", headers: { "Content-Type": `multipart/form-data; boundary=${B}` }, body }));

describe("POST /api/v1/batches", () => {
  beforeEach(() => void (staged.length = 0));

  it("makes a dry run, of the named sheet, when dryRun and sheet follow the file", async () => {
    const res = await upload(`${part('name="file"; filename="x.xlsx"', "bytes")}${part('name="dryRun"', "true")}${part('name="sheet"', "表2")}--${B}--\r\n`);
    expect(res.status).toBe(200);
    expect(staged).toEqual([{ dryRun: true, sheet: "表2", text: "bytes" }]);
  });

  it("still reads them before the file, and stages when there is no dryRun", async () => {
    await upload(`${part('name="dryRun"', "1")}${part('name="file"; filename="x.csv"', "a")}--${B}--\r\n`);
    const res = await upload(`${part('name="file"; filename="x.csv"', "b")}--${B}--\r\n`);
    expect(res.status).toBe(201);
    expect(staged).toEqual([
      { dryRun: true, sheet: undefined, text: "a" },
      { dryRun: false, sheet: undefined, text: "b" },
    ]);
  });

  it("answers 400 (incomplete upload) and stages nothing when the form breaks off after the file", async () => {
    const res = await upload(`${part('name="file"; filename="x.csv"', "a")}${part('name="dryRun"', "true").slice(0, 20)}`);
    expect(res.status).toBe(400);
    expect(staged).toEqual([]);
  });
});
