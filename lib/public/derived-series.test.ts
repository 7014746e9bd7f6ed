import DecimalJs from "decimal.js";
import { describe, expect, it } from "vitest";
import { deriveSeries, type SourceObs } from "./derived-series";

// an independent decimal computation at the same precision as lib/derive (40 digits)
const Decimal = DecimalJs.clone({ precision: 40 });
const at = new Date("2025-10-28T02:00:00Z");
const obs = (period: string, value: string | null, extra: Partial<SourceObs> = {}): SourceObs => ({ period, value, flag: null, isDemo: true, releasedAt: at, previous: null, ...extra });
const pick = <T extends { period: string }>(rows: T[], period: string) => rows.find((r) => r.period === period)!;

// YTD (累计) values of a quarterly flow, and its published YTD growth for 2025
const ytd = [obs("2024Q1", "100"), obs("2024Q2", "210"), obs("2024Q3", "330"), obs("2024Q4", "460"), obs("2025Q1", "110"), obs("2025Q2", "230.5"), obs("2025Q3", "352")];
const official = [obs("2025Q1", "8.0"), obs("2025Q2", "9.0")];

describe("deriveSeries: level", () => {
  const rows = deriveSeries("CUMULATIVE", ytd, official, "level");

  it("shows published growth as published and marks growth computed from levels 计算值", () => {
    expect(pick(rows, "2025Q1").growth).toEqual({ value: "8.0", computed: false });
    // 2025Q3: no published rate → 352 / 330 − 1
    expect(pick(rows, "2025Q3").growth).toEqual({ value: new Decimal(352).div(330).minus(1).times(100).toFixed(), computed: true });
    expect(pick(rows, "2024Q1").growth?.value).toBeNull(); // no 2023 base
  });

  it("carries the revision of the level it shows", () => {
    const revised = deriveSeries("CUMULATIVE", [obs("2024Q4", "460", { previous: { value: "455.5", flag: null, releasedAt: at, revisedAt: at } })], [], "level");
    expect(revised[0].revision?.value).toBe("455.5");
  });

  it("changes rates by percentage points and stocks by their period-on-period change", () => {
    const rate = deriveSeries("RATE", [obs("2024Q1", "9.9"), obs("2025Q1", "10.4")], [], "level");
    expect(pick(rate, "2025Q1").growth).toEqual({ value: "0.5", computed: true });
    const stock = deriveSeries("STOCK", [obs("2024Q4", "100"), obs("2025Q1", "130")], [], "level");
    expect(pick(stock, "2025Q1").change).toBe("30");
    expect(deriveSeries("GROWTH", official, [], "level")[0].growth).toBeNull();
  });
});

describe("deriveSeries: in-period (当季)", () => {
  const rows = deriveSeries("CUMULATIVE", ytd, official, "in-period");

  it("is Q1 = YTD Q1 and Qn = YTD Qn − YTD Qn−1, within each year", () => {
    expect(rows.map((r) => r.value)).toEqual(["100", "110", "120", "130", "110", "120.5", "121.5"]);
    expect(rows.map((r) => r.computed)).toEqual([false, true, true, true, false, true, true]);
  });

  it("takes single-quarter growth from the published YTD growth (implied prior-year levels)", () => {
    expect(pick(rows, "2025Q1").growth).toEqual({ value: "8.0", computed: false });
    const implied = (l: string, g: string) => new Decimal(l).div(new Decimal(1).plus(new Decimal(g).div(100)));
    const base = implied("230.5", "9.0").minus(implied("110", "8.0"));
    const want = new Decimal("120.5").div(base).minus(1).times(100);
    expect(new Decimal(pick(rows, "2025Q2").growth!.value!).minus(want).abs().lt("1e-30")).toBe(true);
  });

  it("falls back to growth of the in-period values where no rate is published", () => {
    // 2025Q3: 121.5 against 2024Q3's 120
    expect(pick(rows, "2025Q3").growth).toEqual({ value: new Decimal("121.5").div(120).minus(1).times(100).toFixed(), computed: true });
  });

  it("derives months with January and February released together (1—2月)", () => {
    const m = deriveSeries("CUMULATIVE", [obs("2025M02", "50"), obs("2025M03", "80"), obs("2025M04", "111.5")], [], "in-period");
    expect(m.map((r) => [r.period, r.value, r.computed])).toEqual([
      ["2025M02", "50", false],
      ["2025M03", "30", true],
      ["2025M04", "31.5", true],
    ]);
  });

  it("gives no value when the previous YTD value is missing", () => {
    const gap = deriveSeries("CUMULATIVE", [obs("2025Q1", "10"), obs("2025Q3", "40")], [], "in-period");
    expect(pick(gap, "2025Q3").value).toBeNull();
  });
});

describe("deriveSeries without growth", () => {
  it("gives the same values and no growth, for both measures", () => {
    for (const measure of ["level", "in-period"] as const) {
      const full = deriveSeries("CUMULATIVE", ytd, official, measure);
      const bare = deriveSeries("CUMULATIVE", ytd, official, measure, { withGrowth: false });
      expect(bare.map((r) => [r.value, r.computed])).toEqual(full.map((r) => [r.value, r.computed]));
      expect(bare.every((r) => r.growth === null)).toBe(true);
    }
  });
});

// Withheld values reach these functions already without their figure (visible-observations.ts
// masks them); what is checked here is that nothing is derived from the gap.
describe("deriveSeries: withheld values (不公开)", () => {
  it("derives no in-period value next to a withheld year-to-date value", () => {
    const rows = deriveSeries("CUMULATIVE", [obs("2025Q1", "10"), obs("2025Q2", null, { flag: "CONFIDENTIAL" }), obs("2025Q3", "40")], [], "in-period");
    expect(rows.map((r) => r.value)).toEqual(["10", null, null]);
    const level = deriveSeries("CUMULATIVE", [obs("2025Q2", null, { flag: "CONFIDENTIAL", previous: { value: null, flag: null, releasedAt: at, revisedAt: at } })], [], "level");
    expect(level[0]).toMatchObject({ value: null, flag: "CONFIDENTIAL", revision: { value: null } });
  });

  it("does not replace a withheld published growth rate with a computed one", () => {
    const rows = deriveSeries("CUMULATIVE", ytd, [obs("2025Q3", null, { flag: "CONFIDENTIAL" })], "level");
    expect(pick(rows, "2025Q3").growth).toEqual({ value: null, computed: false });
    const ip = deriveSeries("CUMULATIVE", ytd, [obs("2025Q3", null, { flag: "CONFIDENTIAL" })], "in-period");
    expect(pick(ip, "2025Q3").growth?.value).toBeNull();
  });
});
