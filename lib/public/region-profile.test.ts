import { describe, expect, it } from "vitest";
import { latestByIndicator } from "./latest-values";
import type { PublicIndicator } from "./public-indicators";
import { regionProfile } from "./region-profile";
import type { PublicObservation } from "./visible-observations";

const ind = (id: number, code: string, measureType: PublicIndicator["measureType"]) => ({ id, code, measureType }) as PublicIndicator;
const o = (indicatorId: number, regionCode: string, value: string | null): PublicObservation => ({
  indicatorId, regionCode, period: "2025Q3", periodEnd: "", value, flag: null, note: null, isDemo: true, releasedAt: new Date("2025-10-27"), previous: null,
});
const districts = ["210102", "210103", "210104"];

describe("regionProfile", () => {
  const latest = latestByIndicator([
    o(1, "210100", "100"), o(1, "210102", "20"), o(1, "210103", "50"), o(1, "210104", "30"),
    o(2, "210102", "9.5"), o(2, "210103", "9.5"), o(2, "210104", "8"),
    o(3, "210100", "7"), // city only: no district comparison
  ]);
  const rows = regionProfile([ind(1, "DE001", "CUMULATIVE"), ind(2, "DE041", "RATE"), ind(3, "DE002", "GROWTH")], latest, districts, "210102");

  it("ranks the district among those with a value, largest first", () => {
    expect(rows.map((r) => [r.indicator.code, r.rank, r.ranked])).toEqual([
      ["DE001", 3, 3],
      ["DE041", 1, 3], // tied first with 210103
    ]);
  });

  it("gives its share of the city only for additive indicators", () => {
    expect(rows.map((r) => r.share)).toEqual(["20", null]);
  });

  it("leaves out indicators without district values", () => {
    expect(rows.some((r) => r.indicator.code === "DE002")).toBe(false);
  });
});
