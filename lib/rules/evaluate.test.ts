import { describe, expect, it } from "vitest";
import type { PublishedValue } from "@/lib/ingest/quality-values";
import { INDICATORS, REGIONS } from "@/lib/ingest/test-catalogue";
import type { QualityRow } from "@/lib/ingest/types";
import { DEFAULT_RULES } from "./defaults";
import { evaluateRules } from "./evaluate";
import { ZRuleParams, type Rule } from "./params";

let line = 1;
const row = (indicatorId: number, regionCode: string, period: string, value: string): QualityRow => ({ indicatorId, regionCode, period, value, line: ++line });
const pub = (indicatorId: number, regionCode: string, period: string, value: string): PublishedValue => ({ indicatorId, regionCode, period, value });
const rule = (params: Rule["params"], over: Partial<Rule> = {}): Rule => ({ id: 1, code: "R", version: 3, nameZh: "规则", nameEn: "rule", scope: "*", severity: "SOFT", active: true, params, ...over });
const run = (rules: Rule[], rows: QualityRow[], published: PublishedValue[] = [], locale: "zh" | "en" = "zh") =>
  evaluateRules({ summary: { rows, truncated: false }, published, indicators: INDICATORS, regions: REGIONS, rules, locale }).findings;
const districts = REGIONS.slice(1).map((r) => r.code);

describe("range (表内)", () => {
  const r = rule({ check: "range", min: "0.5", max: "100" }, { severity: "HARD" });
  it("accepts both ends exactly and refuses just outside, naming the value and the expectation", () => {
    expect(run([r], [row(1, "210100", "2025Q1", "0.5"), row(1, "210102", "2025Q1", "100")])).toEqual([]);
    const f = run([r], [row(1, "210103", "2025Q1", "100.000001"), row(1, "210104", "2025Q1", "0.4999")]);
    expect(f.map((x) => [x.regionCode, x.severity, x.version])).toEqual([["210103", "HARD", 3], ["210104", "HARD", 3]]);
    expect(f[0].message).toBe("数字经济核心产业增加值（DE001）沈河区 2025年第一季度：允许 0.5–100，填报 100.000001。");
  });
  it("applies only to the indicators of its scope", () => {
    const scoped = { ...r, scope: "DE008,DE010" };
    expect(run([scoped], [row(1, "210100", "2025Q1", "500")])).toEqual([]);
    expect(run([scoped], [row(8, "210100", "2025Q1", "500")])).toHaveLength(1);
  });
  it("is silent when inactive", () => {
    expect(run([{ ...r, active: false }], [row(1, "210100", "2025Q1", "500")])).toEqual([]);
  });
});

describe("relations (表内): districts and parts", () => {
  it("sums exactly: 0.1 + 0.2 equals 0.3 with a zero tolerance", () => {
    const rows = [row(1, "210100", "2025Q1", "0.3"), row(1, "210102", "2025Q1", "0.1"), row(1, "210103", "2025Q1", "0.2"), ...districts.slice(2).map((d) => row(1, d, "2025Q1", "0"))];
    expect(run([rule({ check: "districts_sum", tolerancePct: "0" })], rows)).toEqual([]);
  });
  it("fires just past the tolerance, not at it", () => {
    const file = (city: string) => [row(1, "210100", "2025Q1", city), ...districts.map((d) => row(1, d, "2025Q1", "10"))]; // districts sum to 130
    const r = rule({ check: "districts_sum", tolerancePct: "4" });
    expect(run([r], file("125"))).toHaveLength(0); // |130 − 125| / 125 = 4% exactly: within
    expect(run([r], file("124.999"))).toHaveLength(1); // 4.0008…%: beyond
  });
  it("DE004+DE005+DE006+DE007 = DE001 within the tolerance, found on the total", () => {
    const parts = [row(4, "210100", "2025Q1", "40"), row(5, "210100", "2025Q1", "5"), row(6, "210100", "2025Q1", "35"), row(7, "210100", "2025Q1", "20")];
    const r = rule({ check: "parts_sum", tolerancePct: "1" }, { scope: "DE001" });
    expect(run([r], [row(1, "210100", "2025Q1", "101"), ...parts])).toEqual([]);
    const f = run([r], [row(1, "210100", "2025Q1", "102"), ...parts]);
    expect(f.map((x) => x.key)).toEqual(["R|1|210100|2025Q1"]);
    expect(f[0].message).toContain("DE004+DE005+DE006+DE007 之和 100");
  });
});

describe("cross-return (表间): growth against its level", () => {
  it("compares the stated growth with the one computed from last year's level", () => {
    const r = rule({ check: "growth_consistency", tolerancePp: "1" });
    const published = [pub(1, "210100", "2024Q2", "100")];
    expect(run([r], [row(1, "210100", "2025Q2", "110"), row(2, "210100", "2025Q2", "11")], published)).toEqual([]);
    expect(run([r], [row(1, "210100", "2025Q2", "110"), row(2, "210100", "2025Q2", "11.01")], published)).toHaveLength(1);
  });
});

describe("history (历史)", () => {
  it("same period last year: 上年同期 120，允许 84–156，填报 210", () => {
    const r = rule({ check: "yoy_band", pct: "30" });
    const published = [pub(10, "210100", "2024Q1", "120")];
    expect(run([r], [row(10, "210100", "2025Q1", "156")], published)).toEqual([]);
    expect(run([r], [row(10, "210100", "2025Q1", "84")], published)).toEqual([]);
    const f = run([r], [row(10, "210100", "2025Q1", "210")], published);
    expect(f[0].message).toBe("数字经济核心产业“四上”企业数（DE010）沈阳市 2025年第一季度：上年同期 120，允许 84–156（±30%），填报 210。");
    expect(run([r], [row(10, "210100", "2025Q1", "210")], published, "en")[0].message).toContain("same period last year 120, allowed 84–156 (±30%), reported 210");
  });
  it("previous period: the indicator's own threshold wins over the rule's default", () => {
    const r = rule({ check: "qoq_jump", defaultPct: "50" });
    // DE010 has its own 30% threshold
    expect(run([r], [row(10, "210100", "2025Q2", "130")], [pub(10, "210100", "2025Q1", "100")])).toEqual([]);
    expect(run([r], [row(10, "210100", "2025Q2", "130.01")], [pub(10, "210100", "2025Q1", "100")])).toHaveLength(1);
  });
  it("a year-to-date figure that falls", () => {
    const r = rule({ check: "ytd_decrease" });
    expect(run([r], [row(1, "210100", "2025Q2", "99.99")], [pub(1, "210100", "2025Q1", "100")])).toHaveLength(1);
  });
  it("magnitude far from the series, with the rule's factor", () => {
    const published = ["2024Q1", "2024Q2", "2024Q3", "2024Q4"].map((p) => pub(10, "210100", p, "500"));
    expect(run([rule({ check: "magnitude", factor: 10, window: 8, minPool: 3 })], [row(10, "210100", "2025Q1", "5001")], published)).toHaveLength(1);
    expect(run([rule({ check: "magnitude", factor: 20, window: 8, minPool: 3 })], [row(10, "210100", "2025Q1", "5001")], published)).toEqual([]);
  });
});

describe("rule parameters", () => {
  it("refuses a range without an end, a negative tolerance, an unknown check", () => {
    expect(ZRuleParams.safeParse({ check: "range", min: null, max: null }).success).toBe(false);
    expect(ZRuleParams.safeParse({ check: "districts_sum", tolerancePct: "-1" }).success).toBe(false);
    expect(ZRuleParams.safeParse({ check: "nonsense" }).success).toBe(false);
    expect(ZRuleParams.safeParse({ check: "range", max: "1e5" }).success).toBe(false); // exact decimals only
  });
  it("the default set is valid and reproduces today's checks as information", () => {
    for (const r of DEFAULT_RULES) expect(ZRuleParams.parse(r.params)).toEqual(r.params);
    expect(DEFAULT_RULES.filter((r) => r.active).every((r) => r.severity === "INFO")).toBe(true);
  });
});
