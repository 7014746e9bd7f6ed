import { describe, expect, it } from "vitest";
import { mergeGrowth, yoyGrowth, yoyGrowthSeries } from "./growth";

describe("yoyGrowth", () => {
  it("computes (this / base − 1) × 100 exactly", () => {
    expect(yoyGrowth("110", "100")).toEqual({ value: "10", computed: true, reason: null });
    // 1/3 has 40 significant digits; 0.333…3 − 1 = −0.666…67; × 100
    expect(yoyGrowth("1", "3").value).toBe("-66." + "6".repeat(37) + "7");
    expect(yoyGrowth("90", "120").value).toBe("-25");
  });
  it("handles growth of 100% and more", () => {
    expect(yoyGrowth("210", "100").value).toBe("110");
    expect(yoyGrowth("200", "100").value).toBe("100");
  });
  it("returns null with a reason on a negative base", () => {
    // −10 → 5 would read "−150%" although the result improved
    expect(yoyGrowth("5", "-10")).toEqual({ value: null, computed: true, reason: "negative-base" });
  });
  it("returns null on a zero or missing base, or a missing current value", () => {
    expect(yoyGrowth("5", "0").reason).toBe("zero-base");
    expect(yoyGrowth("5", null).reason).toBe("missing-base");
    expect(yoyGrowth(null, "5").reason).toBe("missing-current");
  });
  it("allows a negative current value on a positive base", () => {
    expect(yoyGrowth("-50", "100").value).toBe("-150");
  });
});

describe("yoyGrowthSeries", () => {
  it("looks up the same period last year", () => {
    const rows = yoyGrowthSeries([
      { period: "2024Q1", value: "100" },
      { period: "2025Q1", value: "112.5" },
      { period: "2025Q2", value: "200" },
    ]);
    expect(rows).toEqual([
      { period: "2024Q1", basePeriod: "2023Q1", value: null, computed: true, reason: "missing-base" },
      { period: "2025Q1", basePeriod: "2024Q1", value: "12.5", computed: true, reason: null },
      { period: "2025Q2", basePeriod: "2024Q2", value: null, computed: true, reason: "missing-base" },
    ]);
  });
  it("uses the combined Jan–Feb of last year as the base of M02", () => {
    const rows = yoyGrowthSeries([
      { period: "2024M02", value: "40" },
      { period: "2025M02", value: "50" },
    ]);
    expect(rows[1]).toMatchObject({ basePeriod: "2024M02", value: "25" });
  });
});

describe("mergeGrowth", () => {
  const computed = yoyGrowthSeries([
    { period: "2024Q1", value: "100" },
    { period: "2024Q2", value: "200" },
    { period: "2024Q3", value: "-10" },
    { period: "2025Q1", value: "106" },
    { period: "2025Q2", value: "210" },
    { period: "2025Q3", value: "5" },
  ]).filter((g) => g.period.startsWith("2025"));

  it("prefers official growth as published, falls back to computed, keeps the source", () => {
    const merged = mergeGrowth(
      [
        { period: "2025Q1", value: "5.0" },
        { period: "2025Q2", value: null },
      ],
      computed,
    );
    expect(merged).toEqual([
      // official 5.0 kept with its trailing zero, although levels give 6
      { period: "2025Q1", value: "5.0", source: "official", computed: false, reason: null },
      { period: "2025Q2", value: "5", source: "computed", computed: true, reason: null },
      { period: "2025Q3", value: null, source: null, computed: false, reason: "negative-base" },
    ]);
  });
  it("covers periods only the official series has, oldest first", () => {
    const merged = mergeGrowth([{ period: "2025Q4", value: "7.1" }, { period: "2024Q4", value: "6.3" }], []);
    expect(merged.map((m) => [m.period, m.value, m.source])).toEqual([
      ["2024Q4", "6.3", "official"],
      ["2025Q4", "7.1", "official"],
    ]);
  });
  it("reports missing-current when neither source has the period", () => {
    expect(mergeGrowth([{ period: "2025Q1", value: null }], [])).toEqual([
      { period: "2025Q1", value: null, source: null, computed: false, reason: "missing-current" },
    ]);
  });
  it("throws on an official value that is not a number", () => {
    expect(() => mergeGrowth([{ period: "2025Q1", value: "5.0%" }], [])).toThrow();
  });
});
