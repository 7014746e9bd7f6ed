import { describe, expect, it } from "vitest";
import { chineseTextLang, displayUnit, valueWithUnit } from "./display";

describe("units on public pages", () => {
  it("keeps the catalogue's unit on Chinese pages", () => {
    expect(displayUnit("亿元", "zh")).toBe("亿元");
    expect(displayUnit("个", "zh")).toBe("个");
    expect(valueWithUnit("583.21", "亿元", "zh")).toBe("583.21 亿元");
  });

  it("writes English units on English pages, with a word for bare counts in headings", () => {
    expect(displayUnit("亿元", "en")).toBe("100 million yuan");
    expect(displayUnit("万元", "en")).toBe("10,000 yuan");
    expect(displayUnit("%", "en")).toBe("%");
    expect(displayUnit("个", "en")).toBe("number");
    expect(valueWithUnit("583.21", "亿元", "en")).toBe("583.21 (100 million yuan)");
    expect(valueWithUnit("1,234", "个", "en")).toBe("1,234");
    expect(valueWithUnit("9.9", "%", "en")).toBe("9.9%");
  });
});

describe("chineseTextLang", () => {
  it("marks Chinese-only text on English pages, and nothing on Chinese pages", () => {
    expect(chineseTextLang("按现价计算的增加值", "en")).toBe("zh-CN");
    expect(chineseTextLang("按现价计算的增加值", "zh")).toBeUndefined();
  });

  it("leaves English text, and English notes quoting a Chinese term, unmarked", () => {
    expect(chineseTextLang("Year-to-date growth at comparable prices (可比价).", "en")).toBeUndefined();
    expect(chineseTextLang("", "en")).toBeUndefined();
  });
});
