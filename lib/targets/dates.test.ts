import { describe, expect, it } from "vitest";
import { decToString } from "../derive/decimal";
import { mustParsePeriod } from "../period";
import {
  addDays,
  daysBetween,
  dueDate,
  expectedLatestPeriod,
  expectedLatestPeriodCode,
  monthsBetween,
  parseIsoDate,
} from "./dates";

describe("parseIsoDate", () => {
  it("parses real dates as UTC midnight", () => {
    expect(parseIsoDate("2024-02-29").toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });
  it("rejects impossible or malformed dates", () => {
    for (const bad of ["2025-02-29", "2025-02-30", "2025-2-3", "2025/01/01", ""]) expect(() => parseIsoDate(bad)).toThrow();
  });
});

describe("monthsBetween", () => {
  it("counts month ends as whole months", () => {
    expect(decToString(monthsBetween("2024-12-31", "2025-06-30"))).toBe("6");
    expect(decToString(monthsBetween("2025-09-30", "2025-12-31"))).toBe("3");
    expect(decToString(monthsBetween("2025-01-31", "2025-02-28"))).toBe("1");
    expect(decToString(monthsBetween("2020-12-31", "2025-12-31"))).toBe("60");
  });
  it("counts part months by day of month and goes negative backwards", () => {
    expect(decToString(monthsBetween("2025-06-15", "2025-06-30"))).toBe("0.5");
    expect(decToString(monthsBetween("2025-12-31", "2025-06-30"))).toBe("-6");
  });
});

describe("day arithmetic", () => {
  it("adds and counts days", () => {
    expect(daysBetween("2025-01-01", "2025-03-01")).toBe(59);
    expect(addDays("2025-01-31", 1)).toBe("2025-02-01");
    expect(dueDate(mustParsePeriod("2025Q1"), 20)).toBe("2025-04-20");
    expect(dueDate(mustParsePeriod("2024"), 60)).toBe("2025-03-01");
  });
});

describe("expectedLatestPeriod", () => {
  const quarterly = { frequency: "QUARTER" as const, dueDays: 20 };
  it("expects a period only after its due day", () => {
    expect(expectedLatestPeriodCode(quarterly, "2025-04-20")).toBe("2024Q4");
    expect(expectedLatestPeriodCode(quarterly, "2025-04-21")).toBe("2025Q1");
    expect(expectedLatestPeriod(quarterly, "2025-04-21")).toEqual({ freq: "QUARTER", year: 2025, sub: 1 });
  });
  it("never expects January on its own when it comes with February", () => {
    const monthly = { frequency: "MONTH" as const, dueDays: 15 };
    expect(expectedLatestPeriodCode(monthly, "2025-02-20")).toBe("2024M12");
    expect(expectedLatestPeriodCode(monthly, "2025-03-16")).toBe("2025M02");
    expect(expectedLatestPeriodCode({ ...monthly, janFebCombined: false }, "2025-02-20")).toBe("2025M01");
  });
  it("handles annual data", () => {
    const annual = { frequency: "YEAR" as const, dueDays: 60 };
    expect(expectedLatestPeriodCode(annual, "2025-03-01")).toBe("2023");
    expect(expectedLatestPeriodCode(annual, "2025-03-02")).toBe("2024");
  });
  it("rejects a negative or fractional due rule", () => {
    expect(() => expectedLatestPeriod({ frequency: "YEAR", dueDays: -1 }, "2025-01-01")).toThrow();
    expect(() => expectedLatestPeriod({ frequency: "YEAR", dueDays: 1.5 }, "2025-01-01")).toThrow();
  });
});
