import { describe, expect, it } from "vitest";
import { indexSeries, latestWithValue, sortByPeriod } from "./series";

describe("indexSeries", () => {
  it("looks up by period code", () => {
    const idx = indexSeries([{ period: "2025Q1", value: "1" }, { period: "2025Q2", value: null }]);
    expect(idx.get("2025Q1")?.value).toBe("1");
    expect(idx.get("2025Q2")?.value).toBeNull();
    expect(idx.get("2025Q3")).toBeUndefined();
  });
  it("throws on a duplicate or invalid period", () => {
    expect(() => indexSeries([{ period: "2025Q1", value: "1" }, { period: "2025Q1", value: "2" }])).toThrow(/twice/);
    expect(() => indexSeries([{ period: "2025Q5", value: "1" }])).toThrow(/period code/);
  });
});

describe("sortByPeriod / latestWithValue", () => {
  const series = [
    { period: "2025Q2", value: null },
    { period: "2024Q4", value: "3" },
    { period: "2025Q1", value: "4" },
  ];
  it("sorts oldest first without mutating the input", () => {
    expect(sortByPeriod(series).map((p) => p.period)).toEqual(["2024Q4", "2025Q1", "2025Q2"]);
    expect(series[0].period).toBe("2025Q2");
  });
  it("skips trailing missing values", () => {
    const latest = latestWithValue(series);
    expect(latest?.point).toEqual({ period: "2025Q1", value: "4" });
    expect(latest?.period).toEqual({ freq: "QUARTER", year: 2025, sub: 1 });
    expect(latestWithValue([{ period: "2025Q1", value: null }])).toBeNull();
    expect(latestWithValue([])).toBeNull();
  });
});
