import { describe, expect, it } from "vitest";
import { dueRuleOf, reportingPeriods } from "./periods";

const rule = (frequency: "MONTH" | "QUARTER" | "YEAR", dueDays: number, measureType: "CUMULATIVE" | "STOCK" = "CUMULATIVE") =>
  dueRuleOf({ frequency, measureType, dueDays });

describe("reporting periods and due dates", () => {
  it("quarter: the 20th day after quarter end, and the quarter before", () => {
    expect(reportingPeriods(rule("QUARTER", 20), "2025-10-01")).toEqual([
      { period: "2025Q3", dueDate: "2025-10-20" },
      { period: "2025Q2", dueDate: "2025-07-20" },
    ]);
  });

  it("a quarter is current only once it has ended (its last day still belongs to the one before)", () => {
    expect(reportingPeriods(rule("QUARTER", 20), "2025-09-30")[0].period).toBe("2025Q2");
    expect(reportingPeriods(rule("QUARTER", 20), "2026-01-01")[0]).toEqual({ period: "2025Q4", dueDate: "2026-01-20" });
  });

  it("month: 15 days after month end, across the year boundary", () => {
    expect(reportingPeriods(rule("MONTH", 15, "STOCK"), "2026-01-05")).toEqual([
      { period: "2025M12", dueDate: "2026-01-15" },
      { period: "2025M11", dueDate: "2025-12-15" },
    ]);
  });

  it("month: year-to-date series skip January (published as 1—2月), stocks do not", () => {
    expect(reportingPeriods(rule("MONTH", 15, "CUMULATIVE"), "2025-02-10").map((p) => p.period)).toEqual(["2024M12", "2024M11"]);
    expect(reportingPeriods(rule("MONTH", 15, "CUMULATIVE"), "2025-03-10").map((p) => p.period)).toEqual(["2025M02", "2024M12"]);
    expect(reportingPeriods(rule("MONTH", 15, "STOCK"), "2025-02-10").map((p) => p.period)).toEqual(["2025M01", "2024M12"]);
  });

  it("year: 60 days after 31 December is 1 March, or 29 February in a leap year", () => {
    expect(reportingPeriods(rule("YEAR", 60), "2025-06-01")).toEqual([
      { period: "2024", dueDate: "2025-03-01" },
      { period: "2023", dueDate: "2024-02-29" },
    ]);
  });

  it("a due day past the month's end runs into the following months", () => {
    // Q1 ends 31 March: +45 days is 15 May, not "31 March + 45 = day 76 of March"
    expect(reportingPeriods(rule("QUARTER", 45), "2025-04-02")[0]).toEqual({ period: "2025Q1", dueDate: "2025-05-15" });
    // February ends on the 28th: +31 days is 31 March
    expect(reportingPeriods(rule("MONTH", 31, "STOCK"), "2025-03-10")[0]).toEqual({ period: "2025M02", dueDate: "2025-03-31" });
    // January + 30 days: 2 March in a common year, 1 March in a leap year
    expect(reportingPeriods(rule("MONTH", 30, "STOCK"), "2025-02-10")[0].dueDate).toBe("2025-03-02");
    expect(reportingPeriods(rule("MONTH", 30, "STOCK"), "2024-02-10")[0].dueDate).toBe("2024-03-01");
  });

  it("Chinese public holidays are not modelled: a due date in the National Day week stays there", () => {
    // 2025Q3 + 5 days = 5 October 2025, inside the 1–8 October holiday; no shift to the next working day
    expect(reportingPeriods(rule("QUARTER", 5), "2025-10-02")[0].dueDate).toBe("2025-10-05");
    // nor is a Spring Festival date moved (2025-01-31 is 初三)
    expect(reportingPeriods(rule("QUARTER", 31), "2025-01-02")[0].dueDate).toBe("2025-01-31");
  });

  it("an indicator without its own due days gets the frequency default", () => {
    expect(dueRuleOf({ frequency: "QUARTER", measureType: "STOCK", dueDays: null }).dueDays).toBe(25);
    expect(dueRuleOf({ frequency: "MONTH", measureType: "STOCK", dueDays: null }).dueDays).toBe(15);
    expect(dueRuleOf({ frequency: "YEAR", measureType: "STOCK", dueDays: null }).dueDays).toBe(60);
  });
});
