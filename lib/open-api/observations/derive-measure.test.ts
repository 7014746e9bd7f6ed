import { describe, expect, it } from "vitest";
import type { PublicObservation } from "@/lib/public/visible-observations";
import { deriveMeasure } from "./derive-measure";
import type { DerivableIndicator } from "./types";

const VA: DerivableIndicator = { id: 1, code: "DE001", unit: "亿元", decimals: 2, measureType: "CUMULATIVE", growthOfId: null };
const GR: DerivableIndicator = { id: 2, code: "DE002", unit: "%", decimals: 1, measureType: "GROWTH", growthOfId: 1 };
const RATE: DerivableIndicator = { id: 3, code: "DE003", unit: "%", decimals: 1, measureType: "RATE", growthOfId: null };
const STOCK: DerivableIndicator = { id: 4, code: "DE024", unit: "个", decimals: 0, measureType: "STOCK", growthOfId: null };
const INDICATORS = new Map([VA, GR, RATE, STOCK].map((i) => [i.id, i]));

const day = (d: string) => new Date(`${d}T02:00:00Z`);
function obs(indicatorId: number, period: string, value: string | null, more: Partial<PublicObservation> = {}): PublicObservation {
  return { indicatorId, regionCode: "210100", period, periodEnd: "2025-01-01", value, flag: null, note: null, isDemo: false, releasedAt: day("2025-01-20"), previous: null, ...more };
}
const pick = (rows: ReturnType<typeof deriveMeasure>, period: string) => rows.find((r) => r.period === period)!;

describe("measure=level", () => {
  it("passes released values and revisions through unchanged", () => {
    const rows = deriveMeasure([obs(1, "2025Q1", "100.5", { previous: { value: "99", flag: null, releasedAt: day("2024-12-01"), revisedAt: day("2025-01-20") } })], INDICATORS, null, "level");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ indicator: "DE001", value: "100.5", computed: false, unit: "亿元", revision: { previousValue: "99" } });
  });
  it("answers only the indicators asked for", () => {
    expect(deriveMeasure([obs(1, "2025Q1", "1"), obs(3, "2025Q1", "2")], INDICATORS, new Set([3]), "level").map((r) => r.indicator)).toEqual(["DE003"]);
  });
});

describe("measure=in-period", () => {
  it("subtracts the previous YTD value, exactly, and marks it computed", () => {
    const rows = deriveMeasure(
      [obs(1, "2025Q1", "100.1"), obs(1, "2025Q2", "250.3", { releasedAt: day("2025-07-20") }), obs(1, "2025Q3", "400")],
      INDICATORS,
      null,
      "in-period",
    );
    expect(pick(rows, "2025Q1")).toMatchObject({ value: "100.1", computed: false });
    expect(pick(rows, "2025Q2")).toMatchObject({ value: "150.2", computed: true, revision: null });
    expect(pick(rows, "2025Q3")).toMatchObject({ value: "149.7", computed: true });
    // dated by the later of its two inputs
    expect(pick(rows, "2025Q3").releasedAt).toEqual(day("2025-07-20"));
  });
  it("gives null with a reason when the previous period is missing or withheld", () => {
    const rows = deriveMeasure([obs(1, "2025Q1", null, { flag: "CONFIDENTIAL" }), obs(1, "2025Q2", "12")], INDICATORS, null, "in-period");
    expect(pick(rows, "2025Q1")).toMatchObject({ value: null, reason: "missing-value", flag: "CONFIDENTIAL" });
    expect(pick(rows, "2025Q2")).toMatchObject({ value: null, reason: "missing-previous" });
  });
  it("treats M02 as 1—2月 unless that year has its own January", () => {
    const combined = deriveMeasure([obs(1, "2025M02", "20"), obs(1, "2025M03", "32")], INDICATORS, null, "in-period");
    expect(pick(combined, "2025M02")).toMatchObject({ value: "20", computed: false });
    expect(pick(combined, "2025M03")).toMatchObject({ value: "12" });
    const monthly = deriveMeasure([obs(1, "2024M01", "9"), obs(1, "2024M02", "20")], INDICATORS, null, "in-period");
    expect(pick(monthly, "2024M02")).toMatchObject({ value: "11", computed: true });
  });
  it("says not-applicable for stocks and rates", () => {
    expect(deriveMeasure([obs(4, "2025Q1", "100")], INDICATORS, null, "in-period")[0]).toMatchObject({ value: null, reason: "not-applicable" });
  });
});

describe("measure=yoy", () => {
  const levels = [obs(1, "2024Q1", "100"), obs(1, "2024Q2", "200"), obs(1, "2025Q1", "110"), obs(1, "2025Q2", "230")];
  it("uses the published growth rate where there is one, and computes the rest", () => {
    const rows = deriveMeasure([...levels, obs(2, "2025Q1", "9.8", { flag: "PRELIMINARY" })], INDICATORS, new Set([1]), "yoy");
    expect(rows.every((r) => r.indicator === "DE001" && r.unit === "%")).toBe(true);
    expect(pick(rows, "2025Q1")).toMatchObject({ value: "9.8", computed: false, flag: "PRELIMINARY" });
    expect(pick(rows, "2025Q2")).toMatchObject({ value: "15", computed: true, decimals: 1 });
    expect(pick(rows, "2024Q1")).toMatchObject({ value: null, reason: "missing-base" });
  });
  it("never replaces a withheld published rate with one computed from levels", () => {
    const rows = deriveMeasure([...levels, obs(2, "2025Q2", null, { flag: "CONFIDENTIAL" })], INDICATORS, new Set([1]), "yoy");
    expect(pick(rows, "2025Q2")).toMatchObject({ value: null, flag: "CONFIDENTIAL" });
  });
  it("answers a region where only the published rate exists", () => {
    const rows = deriveMeasure([obs(2, "2025Q1", "7.1", { regionCode: "210102" })], INDICATORS, new Set([1]), "yoy");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ indicator: "DE001", region: "210102", value: "7.1", computed: false });
  });
  it("changes rates by percentage points", () => {
    const rows = deriveMeasure([obs(3, "2024", "9.9"), obs(3, "2025", "10.4")], INDICATORS, null, "yoy");
    expect(pick(rows, "2025")).toMatchObject({ value: "0.5", unit: "百分点", computed: true });
  });
  it("keeps a negative base without a number", () => {
    const rows = deriveMeasure([obs(4, "2024Q1", "-10"), obs(4, "2025Q1", "5")], INDICATORS, null, "yoy");
    expect(pick(rows, "2025Q1")).toMatchObject({ value: null, reason: "negative-base" });
  });
});
