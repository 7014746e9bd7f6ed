import { describe, expect, it } from "vitest";
import { controlCharacterField, controlCharacterPage } from "./form-control-chars";

const post = (body: BodyInit, type?: string) => new Request("http://x/zh/admin/users", { method: "POST", body, headers: type ? { "content-type": type } : {} });
const form = (entries: [string, string | Blob][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("control characters in a form post", () => {
  it("names the first text field with NUL or another control character", async () => {
    expect(await controlCharacterField(post(form([["displayName", "张三"], ["note", "a\u0000b"]])))).toBe("note");
    expect(await controlCharacterField(post(form([["reason", "x\u001b[31m"]])))).toBe("reason");
    expect(await controlCharacterField(post("a=1&b=%01", "application/x-www-form-urlencoded"))).toBe("b");
  });

  it("lets tab, line breaks, Chinese text and file contents through", async () => {
    expect(await controlCharacterField(post(form([["note", "第一行\r\n第二行\t制表"], ["file", new Blob([new Uint8Array([0, 1, 2, 0xff])])]])))).toBeNull();
    expect(await controlCharacterField(post('["2025Q1",{"a":"\\u0000"}]', "text/plain;charset=UTF-8"))).toBeNull();
  });

  it("answers 400 naming the field, escaped", async () => {
    const res = controlCharacterPage("/zh/profile", '<b>"x');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("含有控制字符");
    expect(html).toContain("&#60;b&#62;&#34;x");
    expect(html).not.toContain("<b>");
  });
});
