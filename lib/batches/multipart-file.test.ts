import { describe, expect, it } from "vitest";
import { readMultipartFile } from "./multipart-file";

const B = "b0undary";
const part = (disp: string, data: string) => `--${B}\r\nContent-Disposition: form-data; ${disp}\r\n\r\n${data}\r\n`;
const request = (body: string) => new Request("http://x/api/v1/batches", { method: "POST", headers: { "Content-Type": `multipart/form-data; boundary=${B}` }, body });

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let s = "";
  for await (const c of stream) s += c.toString();
  return s;
}

describe("readMultipartFile", () => {
  it("gives the file stream, fields before it, and a clean name", async () => {
    const f = await readMultipartFile(request(`${part('name="sheet"', "S\u0000heet")}${part('name="file"; filename*=UTF-8\'\'a%00b%0A.csv', "x,y\n1,2")}--${B}--\r\n`), 1024);
    expect(f).not.toBeNull();
    expect(f!.fileName).toBe("ab.csv");
    expect(f!.fields.sheet).toBe("Sheet");
    expect(await readAll(f!.stream)).toBe("x,y\n1,2");
    expect(f!.error()).toBeNull();
  });

  it("fails the file stream of a form that never ends, instead of leaving its reader waiting", async () => {
    const f = await readMultipartFile(request(part('name="file"; filename="u.csv"', "a,b\n1,2\n")), 1024);
    await expect(readAll(f!.stream)).rejects.toThrow(/Unexpected end/);
    expect(f!.error()?.message).toMatch(/Unexpected end/);
  });

  it("drains the request even when the reader stopped early and destroyed the file stream", async () => {
    const f = await readMultipartFile(request(`${part('name="file"; filename="big.csv"', "z".repeat(500_000))}--${B}--\r\n`), 1 << 20);
    for await (const _ of f!.stream) break; // as a reader refusing the file at its first line does
    const t0 = Date.now();
    await f!.drain(5_000);
    expect(Date.now() - t0).toBeLessThan(4_000);
  });

  it("drains what a reader left unread", async () => {
    const f = await readMultipartFile(request(`${part('name="file"; filename="big.csv"', "z".repeat(200_000))}--${B}--\r\n`), 1 << 20);
    const t0 = Date.now();
    await f!.drain(5_000);
    expect(Date.now() - t0).toBeLessThan(4_000);
  });
});

describe("readMultipartFile: fields after the file", () => {
  it("gives fields sent after the file (curl -F file=@x.csv -F dryRun=true) once the file is read", async () => {
    const f = await readMultipartFile(request(`${part('name="file"; filename="x.csv"', "x,y\n1,2")}${part('name="dryRun"', "true")}${part('name="sheet"', "表2")}--${B}--\r\n`), 1024);
    expect(f!.fields).toEqual({});
    expect(await readAll(f!.stream)).toBe("x,y\n1,2");
    expect(await f!.allFields).toEqual({ dryRun: "true", sheet: "表2" });
  });

  it("refuses to guess the fields of a form cut short after the file", async () => {
    const f = await readMultipartFile(request(`${part('name="file"; filename="x.csv"', "x,y\n1,2")}${part('name="dryRun"', "true").slice(0, 20)}`), 1024);
    await readAll(f!.stream);
    await expect(f!.allFields).rejects.toThrow(/Unexpected end/);
  });
});
