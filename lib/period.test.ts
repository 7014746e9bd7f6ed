import { describe, expect, it } from "vitest";
import {
  mustParsePeriod,
  parsePeriodCode,
  periodCode,
  periodEnd,
  periodLabelZh,
  periodRange,
  previousPeriod,
  samePeriodLastYear,
} from "./period";

describe("period codes", () => {
  it("round-trips quarters, months and years", () => {
    for (const c of ["2025Q3", "2025M09", "2025", "2022Q1", "2024M12"]) expect(periodCode(mustParsePeriod(c))).toBe(c);
  });
  it("rejects impossible periods", () => {
    for (const c of ["2025Q5", "2025M13", "2025M00", "25Q1", "2025-Q1"]) expect(parsePeriodCode(c)).toBeNull();
  });
  it("gives the last day of the period", () => {
    expect(periodEnd(mustParsePeriod("2024Q1")).toISOString().slice(0, 10)).toBe("2024-03-31");
    expect(periodEnd(mustParsePeriod("2024M02")).toISOString().slice(0, 10)).toBe("2024-02-29");
    expect(periodEnd(mustParsePeriod("2025")).toISOString().slice(0, 10)).toBe("2025-12-31");
  });
  it("steps across year boundaries", () => {
    expect(periodCode(previousPeriod(mustParsePeriod("2025Q1")))).toBe("2024Q4");
    expect(periodCode(previousPeriod(mustParsePeriod("2025M01")))).toBe("2024M12");
    expect(periodCode(samePeriodLastYear(mustParsePeriod("2025Q3")))).toBe("2024Q3");
    expect(periodRange(mustParsePeriod("2024Q3"), mustParsePeriod("2025Q2")).map(periodCode)).toEqual([
      "2024Q3",
      "2024Q4",
      "2025Q1",
      "2025Q2",
    ]);
  });
  it("labels year-to-date spans as Chinese releases do", () => {
    expect(periodLabelZh(mustParsePeriod("2025Q3"), "ytd")).toBe("2025年前三季度");
    expect(periodLabelZh(mustParsePeriod("2025Q3"))).toBe("2025年第三季度");
    expect(periodLabelZh(mustParsePeriod("2025M02"), "ytd")).toBe("2025年1—2月");
  });
});
