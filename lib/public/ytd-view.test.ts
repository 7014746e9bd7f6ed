import { describe, expect, it } from "vitest";
import { bulletinFor, sameSpanPeriods, spanHistory, spanLabel, ytdByYear } from "./ytd-view";

describe("year-to-date series", () => {
  const periods = ["2023Q4", "2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3"];

  it("compares the newest period's span across years on the indicator page", () => {
    expect(sameSpanPeriods("CUMULATIVE", "level", periods)).toEqual(["2024Q3", "2025Q3"]);
    expect(sameSpanPeriods("CUMULATIVE", "in-period", periods)).toBeNull();
    expect(sameSpanPeriods("PERIOD", "level", periods)).toBeNull();
    expect(sameSpanPeriods("CUMULATIVE", "level", ["2023", "2024"])).toBeNull();
    expect(sameSpanPeriods("CUMULATIVE", "level", ["2025M08", "2025M09", "2026M09"])).toEqual(["2025M09", "2026M09"]);
  });

  it("names a span without its year", () => {
    expect(spanLabel("2025Q3", "zh")).toBe("前三季度");
    expect(spanLabel("2025Q3", "en")).toBe("Q1–Q3");
    expect(spanLabel("2025M09", "zh")).toBe("1—9月");
  });

  it("draws one line a year over the spans, so no line runs from 全年 down to 一季度", () => {
    const values = [460, 120, 240, 360, 480, 130, 260, 390];
    const lines = ytdByYear(periods, values, "zh");
    expect(lines.spans).toEqual(["一季度", "上半年", "前三季度", "全年"]);
    expect(lines.years).toEqual([
      { name: "2023年", values: [null, null, null, 460] },
      { name: "2024年", values: [120, 240, 360, 480] },
      { name: "2025年", values: [130, 260, 390, null] },
    ]);
    for (const y of lines.years) {
      const drawn = y.values.filter((v): v is number => v !== null);
      expect(drawn).toEqual([...drawn].sort((a, b) => a - b)); // within a year a YTD value only grows
    }
  });
});

describe("spanHistory", () => {
  it("keeps the latest period's span of each year, oldest first, the newest n", () => {
    const all = ["2022Q3", "2022Q4", "2023Q3", "2024Q1", "2024Q3", "2025Q2", "2025Q3", "2026Q3"];
    expect(spanHistory(all, "2025Q3", 3)).toEqual(["2023Q3", "2024Q3", "2025Q3"]);
    expect(spanHistory(["2024", "2025", "2024Q4"], "2025", 5)).toEqual(["2024", "2025"]);
  });
});

describe("bulletinFor", () => {
  const bulletins = ["2026Q3", "2026Q2", "2025Q4", "2025Q3"];
  it("finds the bulletin of the period an indicator was last released for", () => {
    expect(bulletinFor("2026Q3", bulletins)).toBe("2026Q3");
    expect(bulletinFor("2026M10", bulletins)).toBe("2026Q3");
    expect(bulletinFor("2025", bulletins)).toBe("2025Q4");
    expect(bulletinFor("2025Q2", bulletins)).toBeNull();
    expect(bulletinFor(undefined, bulletins)).toBeNull();
  });
});
