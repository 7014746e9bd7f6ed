// The quality checks read only part of the published history (quality-history.ts): whatever the
// series look like (gaps, zeros, new areas, mixed frequencies, several magnitude rules of
// different windows and scopes), what they find must be what they find with every
// indicator's whole history.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate, mustParsePeriod, periodCode, periodEnd, periodStart, shiftPeriod, type Frequency } from "@/lib/period";
import { DEFAULT_RULES } from "@/lib/rules/defaults";
import { evaluateRules, qualityReach } from "@/lib/rules/evaluate";
import type { Rule } from "@/lib/rules/params";
import { gatherPublished, type PublishedFilter } from "./quality-history";
import type { PublishedValue } from "./quality-values";
import { INDICATORS, REGIONS } from "./test-catalogue";
import type { QualityRow } from "./types";

const regions = REGIONS.slice(0, 5); // the city and four districts
const used = INDICATORS.filter((i) => !i.retired);
const LAST = 2026;

/** The periods of a frequency from 2015 to LAST, oldest first. */
function periods(freq: Frequency): string[] {
  const out: string[] = [];
  for (let p = { freq, year: 2015, sub: freq === "YEAR" ? 0 : 1 }; p.year <= LAST; p = shiftPeriod(p, 1)) out.push(periodCode(p));
  return out;
}
const ALL = { MONTH: periods("MONTH"), QUARTER: periods("QUARTER"), YEAR: periods("YEAR") };

const value = fc.oneof(
  fc.constant("0"),
  fc.integer({ min: 1, max: 2000 }).map(String),
  fc.integer({ min: 1, max: 2000 }).map((n) => String(n * 100)),
);

/**
 * One series: its indicator, area, which periods are published (dense, with gaps, few, or only
 * long ago), and a size that changes a hundredfold at some point, so that which values are
 * nearest decides what a value is compared with.
 */
const series = fc.record({
  ind: fc.constantFrom(...used),
  region: fc.constantFrom(...regions.map((r) => r.code)),
  keep: fc.constantFrom(1, 0.5, 0.15, 0.03),
  upTo: fc.double({ min: 0.05, max: 1, noNaN: true }),
  level: fc.integer({ min: 1, max: 2000 }),
  grows: fc.constantFrom(1, 100, 0.01),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  zeros: fc.constantFrom(0, 2, 3, 1),
});

const row = fc.record({
  ind: fc.constantFrom(...used),
  region: fc.constantFrom(...regions.map((r) => r.code)),
  back: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 })),
  value,
});

const rules = fc.record({
  // none, one, or two rules whose windows differ much (each decides which values it reads)
  windows: fc.oneof(fc.constant([]), fc.tuple(fc.integer({ min: 1, max: 12 })), fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 6, max: 12 }))),
  scoped: fc.boolean(),
  yoy: fc.boolean(),
  /** the other checks on (their keys are read) or off (only the magnitude rules': the review page) */
  others: fc.boolean(),
});

function build(rs: { windows: readonly number[]; scoped: boolean; yoy: boolean; others: boolean }): Rule[] {
  const base = rs.others ? DEFAULT_RULES.filter((r) => r.params.check !== "magnitude").map((r) => (r.code === "YOY_BAND" ? { ...r, active: rs.yoy } : r)) : [];
  const magnitude = rs.windows.map(
    (w, i): Rule => ({ ...DEFAULT_RULES.find((r) => r.code === "MAGNITUDE")!, id: 100 + i, code: `MAGNITUDE_${i}`, scope: rs.scoped && i === 0 ? "DE010,DE024,DE001" : "*", params: { check: "magnitude", factor: 10, window: w, minPool: 3 } }),
  );
  return [...base, ...magnitude];
}

/** The database's read, on a list: the filters narrow together. */
function reader(all: PublishedValue[], asked: PublishedFilter[]) {
  return async (f: PublishedFilter) => {
    asked.push(f);
    return all.filter((v) => {
      if (!f.indicatorIds.includes(v.indicatorId)) return false;
      if (f.regionCodes && !f.regionCodes.includes(v.regionCode)) return false;
      const end = isoDate(periodEnd(mustParsePeriod(v.period)));
      return (!f.from || end >= isoDate(periodStart(mustParsePeriod(f.from)))) && (!f.to || end <= isoDate(periodEnd(mustParsePeriod(f.to))));
    });
  };
}

describe("the part of the published history the quality checks read", () => {
  it("finds what the whole history finds", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(series, { maxLength: 12 }), fc.array(row, { minLength: 1, maxLength: 10 }), rules, async (ss, rs, rl) => {
        const published = new Map<string, PublishedValue>();
        ss.forEach((s, n) => {
          const list = ALL[s.ind.frequency];
          const end = Math.floor(list.length * s.upTo);
          list.slice(0, end).forEach((period, i) => {
            // a deterministic pattern of gaps from the series' own numbers
            if (((i * 7919 + n * 104729) % 1000) / 1000 >= s.keep) return;
            const size = i >= list.length * s.at ? Math.max(1, Math.round(s.level * s.grows)) : s.level;
            const v = s.zeros && i % s.zeros === 0 ? 0 : size + (i % 3);
            published.set(`${s.ind.id}|${s.region}|${period}`, { indicatorId: s.ind.id, regionCode: s.region, period, value: String(v) });
          });
        });
        const all = [...published.values()];
        const rows: QualityRow[] = rs.map((r, i) => {
          const list = ALL[r.ind.frequency];
          return { indicatorId: r.ind.id, regionCode: r.region, period: list[Math.max(0, list.length - 1 - r.back)], value: r.value, line: i + 2 };
        });
        const summary = { rows, truncated: false };
        const ruleSet = build(rl);
        const asked: PublishedFilter[] = [];
        const narrow = await gatherPublished(summary, INDICATORS, regions, qualityReach(ruleSet), reader(all, asked));
        const input = { summary, indicators: INDICATORS, regions, rules: ruleSet, locale: "zh" as const };
        expect(evaluateRules({ ...input, published: narrow })).toEqual(evaluateRules({ ...input, published: all }));
        expect(asked.length).toBeLessThanOrEqual(4);
      }),
      { numRuns: 300 },
    );
  });
});
