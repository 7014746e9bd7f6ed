import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJson } from "./read-json";

const post = (body: string, type = "application/json") => new Request("http://x/api", { method: "POST", headers: { "Content-Type": type }, body });
const Z = z.object({ reason: z.string() }).passthrough();

describe("readJson", () => {
  it("refuses a NUL anywhere in the body with a 400, before the schema", async () => {
    for (const body of ['{"reason":"a\\u0000b"}', '{"reason":"ok","x":[{"y":"\\u0000"}]}', '{"reason":"ok","k\\u0000":1}']) {
      const r = await readJson(post(body), Z);
      expect(r).toBeInstanceOf(Response);
      expect((r as Response).status).toBe(400);
      expect((await (r as Response).json()).error.message).toContain("U+0000");
    }
  });
  it("survives 20,000 levels of nesting", async () => {
    const r = await readJson(post(`{"reason":"ok","deep":${"[".repeat(20_000)}${"]".repeat(20_000)}}`), Z);
    expect(r).toMatchObject({ reason: "ok" });
  });
  it("answers malformed JSON and other media types with 400 and 415", async () => {
    expect(((await readJson(post("{"), Z)) as Response).status).toBe(400);
    expect(((await readJson(post("{}", "text/plain"), Z)) as Response).status).toBe(415);
  });
  it("takes application/json exactly, with parameters, never a type that merely mentions it", async () => {
    for (const type of ["application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8", " application/json "]) {
      expect(await readJson(post('{"reason":"ok"}', type), Z), type).toMatchObject({ reason: "ok" });
    }
    // a browser sends these cross-site without a preflight (login CSRF)
    for (const type of ["text/plain; application/json", "text/plain;application/json", "application/x-www-form-urlencoded; application/json", "multipart/form-data; boundary=application/json", "application/jsonx", "application/json-patch+json", ""]) {
      expect(((await readJson(post('{"reason":"ok"}', type), Z)) as Response).status, type).toBe(415);
    }
  });
});
