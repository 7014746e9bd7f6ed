import { describe, expect, it } from "vitest";
import { runQualityChecks, type QualityOptions } from "./quality";
import { qualityKeysNeeded, type PublishedValue } from "./quality-values";
import { INDICATORS, REGIONS } from "./test-catalogue";
import type { QualityRow } from "./types";

let line = 1;
const row = (indicatorId: number, regionCode: string, period: string, value: string): QualityRow => ({ indicatorId, regionCode, period, value, line: ++line });
const pub = (indicatorId: number, regionCode: string, period: string, value: string): PublishedValue => ({ indicatorId, regionCode, period, value });
const run = (rows: QualityRow[], published: PublishedValue[] = [], options?: QualityOptions, locale: "zh" | "en" = "zh") =>
  runQualityChecks({ summary: { rows, truncated: false }, published, indicators: INDICATORS, regions: REGIONS, locale, options });
const codes = (w: { code: string; line?: number }[]) => w.map((x) => [x.line, x.code]);
const districts = REGIONS.slice(1).map((r) => r.code);

describe("districts against the city total", () => {
  const file = (cityValue: string) => [row(1, "210100", "2025Q1", cityValue), ...districts.map((d) => row(1, d, "2025Q1", "10"))];
  it("is quiet within the tolerance and warns beyond it", () => {
    expect(run(file("130.5"))).toEqual([]);
    const w = run(file("150"));
    expect(codes(w)).toEqual([[w[0].line, "DISTRICT_SUM_MISMATCH"]]);
    expect(w[0].message).toContain("区县合计 130");
    expect(w[0].message).toContain("150");
  });
  it("uses published values for districts not in the file", () => {
    const rows = [row(1, "210100", "2025Q1", "200"), row(1, "210102", "2025Q1", "10")];
    const published = districts.slice(1).map((d) => pub(1, d, "2025Q1", "10"));
    expect(codes(run(rows, published)).map((c) => c[1])).toEqual(["DISTRICT_SUM_MISMATCH"]);
    expect(run(rows)).toEqual([]); // districts missing: nothing to compare
  });
  it("never sums rates or growth", () => {
    const rows = [row(3, "210100", "2025Q1", "50"), ...districts.map((d) => row(3, d, "2025Q1", "10"))];
    expect(run(rows)).toEqual([]);
  });
});

describe("parts against their total", () => {
  it("warns when DE004–DE007 do not add up to DE001", () => {
    const base = [row(4, "210100", "2025Q1", "40"), row(5, "210100", "2025Q1", "5"), row(6, "210100", "2025Q1", "35"), row(7, "210100", "2025Q1", "20")];
    expect(run([row(1, "210100", "2025Q1", "100"), ...base])).toEqual([]);
    const w = run([row(1, "210100", "2025Q1", "120"), ...base]);
    expect(w.map((x) => x.code)).toEqual(["PARTS_SUM_MISMATCH"]);
    expect(w[0].message).toContain("DE004+DE005+DE006+DE007");
  });
});

describe("year-to-date values", () => {
  it("warns when a cumulative value falls within a year, not across years", () => {
    expect(run([row(1, "210100", "2025Q1", "100"), row(1, "210100", "2025Q2", "90")]).map((w) => w.code)).toContain("YTD_DECREASE");
    expect(run([row(1, "210100", "2025Q1", "100")], [pub(1, "210100", "2024Q4", "400")]).map((w) => w.code)).not.toContain("YTD_DECREASE");
    expect(run([row(10, "210100", "2025Q2", "90")], [pub(10, "210100", "2025Q1", "100")])).toEqual([]); // a stock may fall
  });
});

describe("quarter-on-quarter jumps", () => {
  it("compares in-period values for cumulative indicators (Q3 = YTD Q3 − YTD Q2)", () => {
    const published = [pub(1, "210100", "2025Q1", "100"), pub(1, "210100", "2025Q2", "200")];
    expect(run([row(1, "210100", "2025Q3", "310")], published)).toEqual([]); // 110 vs 100
    const w = run([row(1, "210100", "2025Q3", "400")], published); // 200 vs 100
    expect(w.map((x) => x.code)).toEqual(["QOQ_JUMP"]);
    expect(w[0].message).toContain("当期值");
  });
  it("uses the indicator's threshold, else the default", () => {
    expect(run([row(10, "210100", "2025Q2", "135")], [pub(10, "210100", "2025Q1", "100")]).map((w) => w.code)).toEqual(["QOQ_JUMP"]); // DE010: 30%
    expect(run([row(24, "210100", "2025M02", "135")], [pub(24, "210100", "2025M01", "100")])).toEqual([]); // default 50%
    expect(run([row(24, "210100", "2025M02", "135")], [pub(24, "210100", "2025M01", "100")], { defaultJumpPct: 20 })).toHaveLength(1);
  });
});

describe("stated growth against published levels", () => {
  it("warns beyond the tolerance and says official growth is kept", () => {
    const published = [pub(1, "210100", "2024Q2", "200")];
    const rows = [row(1, "210100", "2025Q2", "220"), row(2, "210100", "2025Q2", "10.5")];
    expect(run(rows, published)).toEqual([]);
    const w = run([row(1, "210100", "2025Q2", "220"), row(2, "210100", "2025Q2", "7.5")], published);
    expect(w.map((x) => x.code)).toEqual(["GROWTH_MISMATCH"]);
    expect(w[0].message).toContain("10");
    expect(w[0].message).toContain("照原样保留");
    const en = run([row(1, "210100", "2025Q2", "220"), row(2, "210100", "2025Q2", "7.5")], published, undefined, "en");
    expect(en[0].message).toContain("kept as given");
  });
});

describe("summary limits and keys", () => {
  it("skips the checks with one warning when the summary was capped", () => {
    const w = runQualityChecks({ summary: { rows: [row(1, "210100", "2025Q1", "1")], truncated: true }, published: [], indicators: INDICATORS, regions: REGIONS, locale: "zh" });
    expect(w.map((x) => x.code)).toEqual(["QUALITY_SKIPPED"]);
  });
  it("lists the published keys the checks need", () => {
    const keys = qualityKeysNeeded({ rows: [row(2, "210102", "2025Q2", "7.5")], truncated: false }, INDICATORS, REGIONS);
    expect(keys).toEqual([
      // its own same period last year: the band rule (yoy_band) compares with it
      { indicatorId: 2, regionCode: "210102", period: "2024Q2" },
      { indicatorId: 1, regionCode: "210102", period: "2025Q2" },
      { indicatorId: 1, regionCode: "210102", period: "2024Q2" },
    ]);
    const k2 = qualityKeysNeeded({ rows: [row(1, "210100", "2025Q3", "1")], truncated: false }, INDICATORS, REGIONS);
    expect(k2).toHaveLength(13 + 4 + 2 + 1); // + the same period last year (yoy_band)
  });
});
