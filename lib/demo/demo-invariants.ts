// Invariants of the synthetic demo data, recomputed independently of the generator (for
// generate.test.ts): the indicator typing comes from the reference catalogue
// (data/reference/indicators.csv), the regions from districts.csv, and every sum, ratio and
// rounding is redone with decimal.js. The checkers return lists of violations.
import { readFileSync } from "node:fs";
import Decimal from "decimal.js";
import { mustParsePeriod, periodCode, periodEnd, periodRange, samePeriodLastYear, type Period } from "@/lib/period";
import { parseRegions, type IndicatorSpec } from "@/lib/reference/catalogue";
import { GROWTH_OF, PART_OF } from "@/lib/reference/catalogue-extras";
import { referenceIndicators } from "@/lib/reference/load-reference";
import { buildSchedule, receiptKey, type ScheduleItem, type ScheduleSource } from "@/lib/schedule/build-schedule";
import type { Receipt } from "@/lib/schedule/status";
import { releasedBefore, type Demo } from "./generate";

export type { Demo } from "./generate";

const read = (f: string) => readFileSync(`data/reference/${f}`, "utf8");
export const CATALOGUE = new Map(referenceIndicators().map((i) => [i.code, i]));
const REGIONS = parseRegions(read("districts.csv"));
export const CITY = REGIONS.find((r) => r.kind === "CITY")!.code;
export const DISTRICTS = REGIONS.filter((r) => r.kind !== "CITY").map((r) => r.code);
const ADDITIVE = new Set(["CUMULATIVE", "PERIOD", "STOCK"]);

export const spec = (code: string): IndicatorSpec => {
  const s = CATALOGUE.get(code);
  if (!s) throw new Error(`not in the catalogue: ${code}`);
  return s;
};
const range = (from: string, to: string) => periodRange(mustParsePeriod(from), mustParsePeriod(to)).map(periodCode);

/** The regions an indicator is reported for: its catalogue coverage, or the city and all districts. */
export const regionsOf = (code: string) => (spec(code).regionCodes.length ? spec(code).regionCodes : [CITY, ...DISTRICTS]);

/**
 * The periods an indicator must cover, from its catalogue frequency and measure type: from the
 * first year to `last` (its latest period in the demo), every period of its frequency.
 */
export function expectedPeriods(code: string, firstYear: number, last: string): string[] {
  const s = spec(code);
  if (s.frequency === "QUARTER") return range(`${firstYear}Q1`, last);
  if (s.frequency === "YEAR") return range(String(firstYear), last);
  const months = range(`${firstYear}M01`, last);
  // Jan and Feb are released together: cumulative flows (and their growth) start at M02
  return s.measureType === "STOCK" ? months : months.filter((m) => !m.endsWith("M01"));
}

// ---------------------------------------------------------------- vintages

export type Values = Map<string, Decimal>; // "indicator|region|period" → value
export const key = (i: string, r: string, p: string) => `${i}|${r}|${p}`;

/** The first-published and the latest value of every key, by the release time of its batch (pending ones included). */
export function vintages(demo: Demo): { first: Values; latest: Values; count: Map<string, number> } {
  const relAt = new Map(demo.releases.map((r) => [r.key, Date.parse(r.releaseAt)]));
  const at = new Map(demo.batches.map((b) => [b.key, relAt.get(b.release)!]));
  const sorted = [...demo.observations].sort((a, b) => at.get(a.batch)! - at.get(b.batch)!);
  const first: Values = new Map();
  const latest: Values = new Map();
  const count = new Map<string, number>();
  for (const o of sorted) {
    const k = key(o.indicator, o.region, o.period);
    if (!first.has(k)) first.set(k, new Decimal(o.value));
    latest.set(k, new Decimal(o.value));
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  return { first, latest, count };
}

export function series(v: Values): Map<string, Map<string, Set<string>>> {
  const out = new Map<string, Map<string, Set<string>>>(); // indicator → region → periods
  for (const k of v.keys()) {
    const [i, r, p] = k.split("|");
    if (!out.has(i)) out.set(i, new Map());
    if (!out.get(i)!.has(r)) out.get(i)!.set(r, new Set());
    out.get(i)!.get(r)!.add(p);
  }
  return out;
}

// indicator → its periods, per map (the checkers ask for it many times)
const periodIndex = new WeakMap<Values, { size: number; index: Map<string, string[]> }>();
function periodsOf(v: Values, ind: string): string[] {
  let cached = periodIndex.get(v);
  if (!cached || cached.size !== v.size) {
    const index = new Map<string, Set<string>>();
    for (const k of v.keys()) {
      const [i, , p] = k.split("|");
      if (!index.has(i)) index.set(i, new Set());
      index.get(i)!.add(p);
    }
    cached = { size: v.size, index: new Map([...index].map(([i, ps]) => [i, [...ps]])) };
    periodIndex.set(v, cached);
  }
  return cached.index.get(ind) ?? [];
}
export const indicatorsOf = (v: Values) => [...series(v).keys()];

// ---------------------------------------------------------------- checkers (return violations)

export function checkDistrictsSumToCity(v: Values): string[] {
  const bad: string[] = [];
  for (const ind of indicatorsOf(v).filter((i) => ADDITIVE.has(spec(i).measureType) && regionsOf(i).length > 1)) {
    for (const p of periodsOf(v, ind)) {
      const city = v.get(key(ind, CITY, p));
      const total = DISTRICTS.reduce((s, d) => s.plus(v.get(key(ind, d, p)) ?? NaN), new Decimal(0));
      if (!city || !total.eq(city)) bad.push(`${ind} ${p}: districts ${total} ≠ city ${city}`);
    }
  }
  return bad;
}

export function checkPartsSumToTotal(v: Values): string[] {
  const bad: string[] = [];
  const totals = new Set(Object.values(PART_OF));
  for (const total of totals) {
    const parts = Object.keys(PART_OF).filter((p) => PART_OF[p] === total);
    for (const p of periodsOf(v, total)) {
      for (const r of [CITY, ...DISTRICTS]) {
        const s = parts.reduce((acc, part) => acc.plus(v.get(key(part, r, p)) ?? NaN), new Decimal(0));
        const t = v.get(key(total, r, p));
        if (!t || !s.eq(t)) bad.push(`${total} ${r} ${p}: parts ${s} ≠ ${t}`);
      }
    }
  }
  return bad;
}

export function checkYearToDate(v: Values): string[] {
  const bad: string[] = [];
  for (const ind of indicatorsOf(v).filter((i) => spec(i).measureType === "CUMULATIVE")) {
    const periods = periodsOf(v, ind).map(mustParsePeriod).sort((a, b) => periodEnd(a).getTime() - periodEnd(b).getTime());
    for (const r of regionsOf(ind)) {
      let prev: { p: Period; value: Decimal } | null = null;
      for (const p of periods) {
        const value = v.get(key(ind, r, periodCode(p)))!;
        if (value.isNegative()) bad.push(`${ind} ${r} ${periodCode(p)}: negative YTD ${value}`);
        if (prev && prev.p.year === p.year && value.lt(prev.value)) {
          bad.push(`${ind} ${r} ${periodCode(p)}: YTD ${value} below ${periodCode(prev.p)} ${prev.value}`);
        }
        prev = { p, value };
      }
    }
  }
  return bad;
}

export function checkNoJanuaryForCumulative(v: Values): string[] {
  return [...v.keys()]
    .filter((k) => {
      const [i, , p] = k.split("|");
      return p.endsWith("M01") && spec(i).measureType !== "STOCK";
    })
    .map((k) => `${k}: January-only value of a year-to-date indicator`);
}

/** Naive YTD growth in percent, or null when last year's level is not in the data. */
export function naiveGrowth(v: Values, level: string, r: string, p: string): Decimal | null {
  const base = v.get(key(level, r, periodCode(samePeriodLastYear(mustParsePeriod(p)))));
  const now = v.get(key(level, r, p));
  return base && now ? now.div(base).minus(1).times(100) : null;
}

export function checkGrowth(v: Values): { bad: string[]; compared: number } {
  const bad: string[] = [];
  let compared = 0;
  for (const ind of indicatorsOf(v).filter((i) => spec(i).measureType === "GROWTH")) {
    const level = GROWTH_OF[ind];
    for (const p of periodsOf(v, ind)) {
      for (const r of [CITY, ...DISTRICTS]) {
        const g = v.get(key(ind, r, p))!;
        if (g.lt(-10) || g.gt(30)) bad.push(`${ind} ${r} ${p}: ${g}% outside −10…30`);
        if (g.decimalPlaces() > 1) bad.push(`${ind} ${r} ${p}: ${g} has more than 1 decimal`);
        const naive = level ? naiveGrowth(v, level, r, p) : null;
        if (!naive) continue;
        compared++;
        if (g.minus(naive).abs().gt(2)) bad.push(`${ind} ${r} ${p}: ${g} is more than 2 pp from the naive ${naive.toFixed(2)}`);
        if (g.eq(naive.toDecimalPlaces(1, Decimal.ROUND_HALF_UP))) bad.push(`${ind} ${r} ${p}: ${g} is exactly the naive ratio`);
      }
    }
  }
  return { bad, compared };
}

export function checkRates(v: Values): string[] {
  const bad: string[] = [];
  for (const ind of indicatorsOf(v).filter((i) => spec(i).measureType === "RATE")) {
    const s = spec(ind);
    for (const p of periodsOf(v, ind)) {
      const vals = DISTRICTS.map((d) => v.get(key(ind, d, p))!);
      const city = v.get(key(ind, CITY, p))!;
      for (const [r, x] of [[CITY, city], ...DISTRICTS.map((d, i) => [d, vals[i]] as const)] as const) {
        if (s.minValue !== null && x.lt(s.minValue)) bad.push(`${ind} ${r} ${p}: ${x} below ${s.minValue}`);
        if (s.maxValue !== null && x.gt(s.maxValue)) bad.push(`${ind} ${r} ${p}: ${x} above ${s.maxValue}`);
      }
      // a weighted average lies between the smallest and the largest district
      const lo = Decimal.min(...vals);
      const hi = Decimal.max(...vals);
      if (city.lt(lo) || city.gt(hi)) bad.push(`${ind} ${p}: city ${city} outside districts ${lo}…${hi}`);
    }
  }
  return bad;
}

/** DE003 = DE001 / GDP × 100, rounded half up to 2 decimals, for every region and period. */
export function checkGdpShare(v: Values): string[] {
  const bad: string[] = [];
  for (const p of periodsOf(v, "DE003")) {
    for (const r of [CITY, ...DISTRICTS]) {
      const want = v.get(key("DE001", r, p))!.div(v.get(key("GDP", r, p))!).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      const got = v.get(key("DE003", r, p))!;
      if (!got.eq(want)) bad.push(`DE003 ${r} ${p}: ${got} ≠ ${want}`);
    }
  }
  return bad;
}

/** DE052 (R&D intensity) = DE051 / full-year DE008 × 100, rounded half up to 1 decimal. */
export function checkRdIntensity(v: Values): string[] {
  const bad: string[] = [];
  for (const p of periodsOf(v, "DE052")) {
    for (const r of [CITY, ...DISTRICTS]) {
      const want = v.get(key("DE051", r, p))!.div(v.get(key("DE008", r, `${p}Q4`))!).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
      const got = v.get(key("DE052", r, p))!;
      if (!got.eq(want)) bad.push(`DE052 ${r} ${p}: ${got} ≠ ${want}`);
    }
  }
  return bad;
}

/** Components of a flow never exceed it: IT services ≤ software revenue, online goods ≤ online retail, 限上 ≤ goods. */
export const COMPONENTS: [string, string][] = [["DE014", "DE012"], ["DE048", "DE047"], ["DE049", "DE048"], ["DE034", "DE033"]];

export function checkComponentsBelowTotals(v: Values): string[] {
  const bad: string[] = [];
  for (const [part, total] of COMPONENTS) {
    for (const p of periodsOf(v, part)) {
      for (const r of regionsOf(part)) {
        const a = v.get(key(part, r, p));
        const b = v.get(key(total, r, p));
        if (!a || !b || a.gt(b)) bad.push(`${part} ${r} ${p}: ${a} above ${total} ${b}`);
      }
    }
  }
  return bad;
}

/**
 * The reporting schedule (lib/schedule) as it reads a database holding this demo at the start
 * of its day: a batch has arrived, is approved, or its release has passed.
 */
export function demoSchedule(demo: Demo): ScheduleItem[] {
  const specs = [...CATALOGUE.values()];
  const sources: ScheduleSource[] = specs.map((s, i) => ({
    id: i + 1,
    code: s.code,
    nameZh: s.nameZh,
    nameEn: s.nameEn,
    frequency: s.frequency,
    measureType: s.measureType,
    dueDays: s.dueDays,
    department: null,
    regionsExpected: regionsOf(s.code).length,
  }));
  const idOf = new Map(sources.map((s) => [s.code, s.id]));
  const batch = new Map(demo.batches.map((b) => [b.key, b]));
  const released = new Set(demo.releases.filter((r) => releasedBefore(r, demo.today)).map((r) => r.key));
  const receipts = new Map<string, Receipt>();
  for (const o of demo.observations) {
    const b = batch.get(o.batch)!;
    const k = receiptKey(idOf.get(o.indicator)!, o.period);
    const r = receipts.get(k) ?? { released: false, approved: false, received: false, regions: 0 };
    const approved = b.status === "APPROVED";
    receipts.set(k, {
      released: r.released || (approved && released.has(b.release)),
      approved: r.approved || approved,
      received: r.received || !approved,
      regions: 1,
    });
  }
  return buildSchedule(sources, receipts, demo.today);
}

export function allViolations(v: Values): string[] {
  return [
    ...checkDistrictsSumToCity(v),
    ...checkPartsSumToTotal(v),
    ...checkYearToDate(v),
    ...checkNoJanuaryForCumulative(v),
    ...checkGrowth(v).bad,
    ...checkRates(v),
    ...checkGdpShare(v),
    ...checkRdIntensity(v),
    ...checkComponentsBelowTotals(v),
  ];
}
