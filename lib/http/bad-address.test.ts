import { describe, expect, it } from "vitest";
import { apiParameterAt, badAddressAnswer } from "./bad-address";

describe("badAddressAnswer", () => {
  it("leaves every path that decodes alone", () => {
    for (const p of ["/", "/indicators/DE001", "/en/indicators/%E6%95%B0", "/api/v1/indicators/%20", "/indicators/%2F", "/reports/2025Q3.pdf"]) {
      expect(badAddressAnswer(p), p).toBeNull();
    }
  });

  it("answers a page address with malformed percent-encoding with the 400 page in its language", async () => {
    for (const [p, lang, title] of [
      ["/indicators/%ffzq<b>", "zh-CN", "地址无效"],
      ["/en/indicators/%ff", "en", "Invalid address"],
      ["/%C0%AF", "zh-CN", "地址无效"],
      ["/regions/%E0%A4%A", "zh-CN", "地址无效"],
    ] as const) {
      const r = badAddressAnswer(p)!;
      expect(r.status, p).toBe(400);
      expect(r.headers.get("content-type")).toContain("text/html");
      const html = await r.text();
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toContain(`<title>${title}`);
      expect(html, "nothing echoed from the address").not.toContain("zq");
    }
  });

  it("answers an API address with JSON naming the path parameter", async () => {
    const cases: [string, string][] = [
      ["/api/v1/indicators/%ff", "code"],
      ["/api/v1/indicators/DE001%ff", "code"],
      ["/api/v1/batches/%ff/submit", "id"],
      ["/api/v1/batches/%ff", "id"],
      ["/api/v1/no%ff/such", "path"],
      ["/api/%ff", "path"],
    ];
    for (const [p, name] of cases) {
      const r = badAddressAnswer(p)!;
      expect(r.status, p).toBe(400);
      const body = await r.json();
      expect(body.error).toMatchObject({ code: "invalid_parameter", parameter: name });
      expect(body.error.message).toContain(`路径参数 ${name}`);
    }
  });

  it("finds the parameter only where a route has one", () => {
    expect(apiParameterAt(["api", "v1", "batches", "x", "approve"], 3)).toBe("id");
    expect(apiParameterAt(["api", "v1", "batches", "1", "x"], 4)).toBe("path");
  });
});
