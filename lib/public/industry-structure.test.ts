import { describe, expect, it } from "vitest";
import { partGrowth, structureRows } from "./industry-structure";
import type { PublicObservation } from "./visible-observations";

const o = (indicatorId: number, period: string, value: string | null, extra: Partial<PublicObservation> = {}): PublicObservation => ({
  indicatorId, regionCode: "210100", period, periodEnd: "", value, flag: null, note: null, isDemo: false, releasedAt: new Date(), previous: null, ...extra,
});

describe("structureRows", () => {
  const rows = structureRows([4, 5], [
    o(4, "2024Q3", "30"), o(5, "2024Q3", "70"),
    o(4, "2025Q3", "33"), o(5, "2025Q3", "77", { isDemo: true, flag: "PRELIMINARY" }),
    o(4, "2025Q2", "20"), o(5, "2025Q2", null, { flag: "CONFIDENTIAL" }),
    o(9, "2025Q3", "999"), // not a part
  ]);

  it("gives each part's share of the parts' sum, oldest period first", () => {
    expect(rows.map((r) => r.period)).toEqual(["2024Q3", "2025Q2", "2025Q3"]);
    expect(rows[0].shares).toEqual(["30", "70"]);
    expect(rows[2].shares).toEqual(["30", "70"]);
    expect(rows[2]).toMatchObject({ isDemo: true, flags: [null, "PRELIMINARY"] });
  });

  it("gives no shares for a period with a part missing or withheld", () => {
    expect(rows[1]).toMatchObject({ values: ["20", null], shares: [null, null] });
  });

  it("computes a part's growth against the same period a year earlier", () => {
    const g = partGrowth(rows, 0);
    expect(g.get("2025Q3")).toBe("10");
    expect(g.get("2024Q3")).toBeNull();
  });
});
