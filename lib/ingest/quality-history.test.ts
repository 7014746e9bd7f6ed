// What the quality checks read of the published history (quality-history.ts), case by case:
// the nearest values of a dense series only, a sparse series whole, an indicator whole where a
// value is compared with its other areas; and each time the finding the reviewer sees is the
// one the whole history gives.
import { describe, expect, it } from "vitest";
import { isoDate, mustParsePeriod, periodCode, periodEnd, periodStart, shiftPeriod } from "@/lib/period";
import { DEFAULT_RULES } from "@/lib/rules/defaults";
import { evaluateRules, qualityReach } from "@/lib/rules/evaluate";
import type { Rule } from "@/lib/rules/params";
import { gatherPublished, type PublishedFilter } from "./quality-history";
import type { PublishedValue } from "./quality-values";
import { INDICATORS, REGIONS } from "./test-catalogue";
import type { QualityRow } from "./types";

const pub = (indicatorId: number, regionCode: string, period: string, value: string): PublishedValue => ({ indicatorId, regionCode, period, value });
/** Quarters from `from`, `n` of them. */
const quarters = (from: string, n: number) => Array.from({ length: n }, (_, i) => periodCode(shiftPeriod(mustParsePeriod(from), i)));
const magnitude = (window: number, code = "MAGNITUDE"): Rule => ({ ...DEFAULT_RULES.find((r) => r.code === "MAGNITUDE")!, code, params: { check: "magnitude", factor: 10, window, minPool: 3 } });

async function check(rows: QualityRow[], all: PublishedValue[], rules: Rule[]) {
  const asked: PublishedFilter[] = [];
  const read = async (f: PublishedFilter) => {
    asked.push(f);
    return all.filter((v) => {
      const end = isoDate(periodEnd(mustParsePeriod(v.period)));
      return f.indicatorIds.includes(v.indicatorId) && (!f.regionCodes || f.regionCodes.includes(v.regionCode)) && (!f.from || end >= isoDate(periodStart(mustParsePeriod(f.from)))) && (!f.to || end <= isoDate(periodEnd(mustParsePeriod(f.to))));
    });
  };
  const summary = { rows, truncated: false };
  const published = await gatherPublished(summary, INDICATORS, REGIONS, qualityReach(rules), read);
  const input = { summary, indicators: INDICATORS, regions: REGIONS, rules, locale: "zh" as const };
  const found = evaluateRules({ ...input, published });
  expect(found).toEqual(evaluateRules({ ...input, published: all }));
  return { published: published.values, asked, messages: found.findings.filter((f) => f.code.startsWith("VALUE_OUTLIER")).map((f) => f.message) };
}

const row = (indicatorId: number, regionCode: string, period: string, value: string): QualityRow => ({ indicatorId, regionCode, period, value, line: 2 });

describe("the published history the quality checks read", () => {
  it("of a dense series, the eight quarters before the value, not its ten years", async () => {
    // DE010 (企业数) in 和平区, every quarter since 2016, about 500
    const all = quarters("2016Q1", 40).map((p, i) => pub(10, "210102", p, String(500 + (i % 3))));
    const { published, messages } = await check([row(10, "210102", "2026Q1", "50000")], all, [magnitude(8)]);
    expect(messages).toEqual([expect.stringContaining("本序列近8期中位数 501")]);
    const read = published.filter((v) => v.indicatorId === 10).map((v) => v.period);
    expect(read).toEqual(expect.arrayContaining(quarters("2024Q1", 8)));
    expect(read.length).toBeLessThan(12);
  });

  it("of a sparse series, the whole series: its nearest values lie years back", async () => {
    // published 2017–2018 and once in 2025: the eight nearest reach back to 2017
    const all = [...quarters("2017Q1", 8).map((p) => pub(10, "210102", p, "40")), pub(10, "210102", "2025Q3", "45")];
    const { messages } = await check([row(10, "210102", "2026Q1", "4000")], all, [magnitude(8)]);
    expect(messages).toEqual([expect.stringContaining("本序列近8期中位数 40，")]);
  });

  it("with two rules, the larger window decides how far a series is read", async () => {
    // two values within two quarters, the rest years back: the window-8 rule needs those
    const all = [...quarters("2018Q1", 6).map((p) => pub(10, "210102", p, "40")), pub(10, "210102", "2025Q3", "4000"), pub(10, "210102", "2025Q4", "4000")];
    const { messages } = await check([row(10, "210102", "2026Q1", "4000")], all, [magnitude(2, "NEAR"), magnitude(8)]);
    expect(messages).toEqual([expect.stringContaining("本序列近8期中位数 40，")]);
  });

  it("where a value's nearest published values are all zero, the indicator's other areas in every year", async () => {
    // 和平区's last quarter is 0; the window-1 rule compares with the other districts, ten years of them
    const all = [
      pub(10, "210102", "2025Q3", "0"),
      pub(10, "210102", "2025Q2", "500"),
      ...["210103", "210104", "210105"].flatMap((r) => quarters("2016Q1", 20).map((p) => pub(10, r, p, "480"))),
    ];
    const { messages } = await check([row(10, "210102", "2025Q4", "48000")], all, [magnitude(1, "NEAR"), magnitude(8)]);
    // the other districts' 60 values and its own earlier 500
    expect(messages).toContainEqual(expect.stringContaining("该指标其他地区、时期的中位数 480（61 个数值）"));
  });

  it("reads no more of the history than the other checks' keys span when no magnitude rule is active", async () => {
    const all = quarters("2016Q1", 40).map((p) => pub(10, "210102", p, "500"));
    const { published, asked } = await check([row(10, "210102", "2026Q1", "500")], all, DEFAULT_RULES.filter((r) => r.params.check !== "magnitude"));
    expect(asked).toHaveLength(1);
    // last year's quarter to the quarter before: the year-on-year and quarter-on-quarter keys
    expect(published.map((v) => v.period).sort()).toEqual(quarters("2025Q1", 4));
  });

  it("reads no history of a growth rate (its size says nothing of a slipped unit), and nothing for a summary too long to check", async () => {
    const all = quarters("2016Q1", 40).map((p) => pub(9, "210102", p, "12"));
    const { published, asked } = await check([row(9, "210102", "2026Q1", "-0.4")], all, [magnitude(8)]);
    expect(published).toEqual([]);
    expect(asked).toEqual([]);
    const read = async () => all;
    expect((await gatherPublished({ rows: [row(10, "210102", "2026Q1", "1")], truncated: true }, INDICATORS, REGIONS, qualityReach([magnitude(8)]), read)).values).toEqual([]);
  });
});
