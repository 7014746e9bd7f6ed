import { describe, expect, it } from "vitest";
import { latestByIndicator } from "./latest-values";
import type { PublicObservation } from "./visible-observations";

const o = (indicatorId: number, regionCode: string, period: string, value: string | null, released: string, extra: Partial<PublicObservation> = {}): PublicObservation => ({
  indicatorId, regionCode, period, periodEnd: "", value, flag: null, note: null, isDemo: false, releasedAt: new Date(released), previous: null, ...extra,
});

describe("latestByIndicator", () => {
  const rows = [
    o(1, "210100", "2025Q2", "10", "2025-07-30"),
    o(1, "210102", "2025Q3", "4", "2025-10-27"),
    o(1, "210100", "2025Q3", "12", "2025-10-27"),
    o(1, "210100", "2024Q4", "40", "2025-11-01"), // a late revision of an older period
    o(2, "210100", "2024", null, "2025-03-20", { flag: "CONFIDENTIAL" }), // withheld: the query sends no figure
  ];
  const latest = latestByIndicator(rows);

  it("keeps each indicator's latest period with its value in every region", () => {
    expect(latest.get(1)!.period).toBe("2025Q3");
    expect([...latest.get(1)!.byRegion.keys()].sort()).toEqual(["210100", "210102"]);
    expect(latest.get(1)!.byRegion.get("210100")!.value).toBe("12");
  });

  it("dates each indicator by its newest release, revisions of older periods included", () => {
    expect(latest.get(1)!.releasedAt.toISOString().slice(0, 10)).toBe("2025-11-01");
  });

  it("keeps a withheld value's period as the latest, marked 不公开", () => {
    expect(latest.get(2)!.period).toBe("2024");
    expect(latest.get(2)!.byRegion.get("210100")).toMatchObject({ value: null, flag: "CONFIDENTIAL" });
  });
});
