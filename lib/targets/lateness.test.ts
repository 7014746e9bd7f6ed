import { describe, expect, it } from "vitest";
import { dataLateness } from "./lateness";

describe("dataLateness", () => {
  const rule = { frequency: "QUARTER" as const, dueDays: 20 };
  it("is on time when the expected period is in", () => {
    expect(dataLateness("2025Q1", rule, "2025-05-01")).toEqual({
      late: false,
      expectedPeriod: "2025Q1",
      latestPeriod: "2025Q1",
      daysOverdue: 0,
    });
  });
  it("counts days since the first missing period fell due", () => {
    // 2025Q1 due 2025-04-20; 11 days to 2025-05-01
    expect(dataLateness("2024Q4", rule, "2025-05-01")).toMatchObject({ late: true, expectedPeriod: "2025Q1", daysOverdue: 11 });
    // 2024Q4 due 2025-01-20; 11 + 28 + 31 + 30 + 1 = 101 days
    expect(dataLateness("2024Q3", rule, "2025-05-01").daysOverdue).toBe(101);
  });
  it("treats a series with no value as late since the expected period fell due", () => {
    expect(dataLateness(null, rule, "2025-05-01")).toMatchObject({ late: true, latestPeriod: null, daysOverdue: 11 });
  });
  it("skips January when it comes with February", () => {
    // after 2024M12 the next release is 2025M02 (1—2月), due 2025-03-15
    expect(dataLateness("2024M12", { frequency: "MONTH", dueDays: 15 }, "2025-03-20")).toMatchObject({
      late: true,
      expectedPeriod: "2025M02",
      daysOverdue: 5,
    });
  });
  it("throws when the period does not match the rule's frequency", () => {
    expect(() => dataLateness("2025M03", rule, "2025-05-01")).toThrow(/frequency/);
  });
});
