import { describe, expect, it } from "vitest";
import { localizedHref } from "./localized-href";

describe("localizedHref", () => {
  it("leaves Chinese paths unprefixed and puts English under /en", () => {
    expect(localizedHref("/indicators/DE001", "zh")).toBe("/indicators/DE001");
    expect(localizedHref("/indicators/DE001", "en")).toBe("/en/indicators/DE001");
    expect(localizedHref("/", "en")).toBe("/en");
  });

  it("links to the other language with its prefix, as next-intl's Link does", () => {
    expect(localizedHref("/releases", "en", "zh")).toBe("/zh/releases");
    expect(localizedHref("/releases", "zh", "en")).toBe("/en/releases");
  });

  it("writes the query, repeating keys for lists and dropping empty values", () => {
    expect(localizedHref({ pathname: "/indicators", query: { q: "数字 经济", region: ["210102", "210103"], empty: undefined } }, "en")).toBe(
      "/en/indicators?q=%E6%95%B0%E5%AD%97+%E7%BB%8F%E6%B5%8E&region=210102&region=210103",
    );
    expect(localizedHref({ pathname: "/indicators/DE001", query: { last: 12 }, hash: "trend-h" }, "zh")).toBe("/indicators/DE001?last=12#trend-h");
  });

  it("leaves other sites and in-page anchors alone", () => {
    expect(localizedHref("https://tjj.shenyang.gov.cn/", "en")).toBe("https://tjj.shenyang.gov.cn/");
    expect(localizedHref("#main", "en")).toBe("#main");
  });
});
