import { describe, expect, it } from "vitest";
import { compareRowKeys, fetchFromForDerived, inPeriodRange, latestPeriods, sortRows } from "./select-rows";
import type { ApiObservation } from "./types";

const row = (indicator: string, region: string, period: string, periodEnd: string) => ({ indicator, region, period, periodEnd }) as ApiObservation;

describe("select rows", () => {
  const rows = [
    row("DE001", "210100", "2024Q4", "2024-12-31"),
    row("DE001", "210100", "2025Q1", "2025-03-31"),
    row("DE001", "210102", "2025Q2", "2025-06-30"),
    row("DE009", "210100", "2025M05", "2025-05-31"),
    row("DE009", "210100", "2025M06", "2025-06-30"),
  ];
  it("keeps periods ending within the range, mixing frequencies by period end", () => {
    expect(inPeriodRange(rows, "2025Q1", "2025M05").map((r) => r.period)).toEqual(["2025Q1", "2025M05"]);
    expect(inPeriodRange(rows, "2025").length).toBe(4);
  });
  it("keeps the latest N periods of each indicator across regions", () => {
    expect(latestPeriods(rows, 1).map((r) => `${r.indicator}:${r.period}`)).toEqual(["DE001:2025Q2", "DE009:2025M06"]);
  });
  it("fetches from a year and a period earlier for derived measures", () => {
    expect(fetchFromForDerived("2025Q1")).toBe("2023Q4");
    expect(fetchFromForDerived("2025M03")).toBe("2024M02");
    expect(fetchFromForDerived("2025")).toBe("2023");
  });
  it("sorts by indicator, region, then period in time order (not text order)", () => {
    const sorted = sortRows([row("A", "2", "2025M10", ""), row("A", "1", "2025M02", ""), row("A", "1", "2024M12", "")]);
    expect(sorted.map((r) => `${r.region}:${r.period}`)).toEqual(["1:2024M12", "1:2025M02", "2:2025M10"]);
    expect(compareRowKeys(["A", "1", "2025"], ["A", "1", "2025"])).toBe(0);
  });
});
