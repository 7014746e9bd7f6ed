import { describe, expect, it } from "vitest";
import { isPlaceholderTitle, releasePeriodOf, suggestReleaseTitle, type TitleIndicator } from "./release-title";

const ind = (nameZh: string, o: Partial<TitleIndicator> = {}): TitleIndicator => ({ nameZh, nameEn: nameZh, frequency: "QUARTER", measureType: "CUMULATIVE", chapter: "INDUSTRIALIZATION", ...o });

describe("release titles suggested from the data", () => {
  it("names core-industry quarters by the span they cover, as the NBS calendar does", () => {
    const core = [ind("数字经济核心产业增加值"), ind("数字产品制造业增加值")];
    expect(suggestReleaseTitle("2025Q4", core).titleZh).toBe("2025年全年沈阳市数字经济核心产业主要指标");
    expect(suggestReleaseTitle("2025Q3", core)).toEqual({
      titleZh: "2025年前三季度沈阳市数字经济核心产业主要指标",
      titleEn: "Shenyang digital-economy core industries: main indicators, 2025 Q1–Q3",
    });
  });
  it("uses the chapter when all indicators share one, the digital economy otherwise, the indicator's name when alone", () => {
    const infra = [ind("5G基站数", { frequency: "MONTH", measureType: "STOCK", chapter: "INFRASTRUCTURE" }), ind("千兆宽带用户数", { frequency: "MONTH", measureType: "STOCK", chapter: "INFRASTRUCTURE" })];
    expect(suggestReleaseTitle("2026M03", infra).titleZh).toBe("2026年3月沈阳市数字基础设施主要指标");
    expect(suggestReleaseTitle("2026M03", [...infra, ind("软件业务收入", { frequency: "MONTH" })]).titleZh).toBe("2026年1—3月沈阳市数字经济主要指标");
    expect(suggestReleaseTitle("2026Q1", [ind("数据交易额", { chapter: "DATA_FACTOR" })]).titleZh).toBe("2026年一季度沈阳市数据交易额");
    expect(suggestReleaseTitle("2025", [ind("数字经济领域有效发明专利数", { frequency: "YEAR", measureType: "STOCK", chapter: "INNOVATION" })]).titleZh).toBe("2025年沈阳市数字经济领域有效发明专利数");
  });
  it("reports the latest period, a year before its fourth quarter", () => {
    expect(releasePeriodOf(["2025Q2", "2025Q3", "2024Q4"])).toBe("2025Q3");
    expect(releasePeriodOf(["2025Q4", "2025", "2025M11"])).toBe("2025");
    expect(releasePeriodOf(["x"])).toBeNull();
  });
  it("recognises the titles made up before releases were named", () => {
    expect(isPlaceholderTitle("批次 90 数据发布")).toBe(true);
    expect(isPlaceholderTitle("批次90数据发布")).toBe(true);
    expect(isPlaceholderTitle("2025年全年沈阳市数字经济核心产业主要指标")).toBe(false);
  });
});
