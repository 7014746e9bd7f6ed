// The building blocks of the demo data (lib/demo/generate.ts): district profiles, city flows
// split exactly over the districts, year-to-date and stock tables, and the derived growth and
// ratio tables. Pure and deterministic; all figures are SYNTHETIC (示例数据).
import { endMonth, periodCode, perYear, samePeriodLastYear, type Period } from "@/lib/period";
import { allocate, divRound, jitter, sum } from "./generate-util";

export const DEMO_CITY = "210100";
/** The 13 county-level units in the order of shared/reference/districts.csv. */
export const DEMO_DISTRICTS = [
  "210102", // 和平区
  "210103", // 沈河区
  "210104", // 大东区
  "210105", // 皇姑区
  "210106", // 铁西区
  "210111", // 苏家屯区
  "210112", // 浑南区
  "210113", // 沈北新区
  "210114", // 于洪区
  "210115", // 辽中区
  "210123", // 康平县
  "210124", // 法库县
  "210181", // 新民市
] as const;
export const DEMO_REGIONS = [DEMO_CITY, ...DEMO_DISTRICTS];

/** (indicator, region, period) values of one vintage: period code → [city, ...13 districts]. */
export type Table = Map<string, number[]>;

// ---------------------------------------------------------------- district profiles

/**
 * Relative district weights, in DEMO_DISTRICTS order
 * (和平 沈河 大东 皇姑 铁西 苏家屯 浑南 沈北 于洪 辽中 康平 法库 新民), and a trend per year.
 * 浑南 (software park, 东软) leads digital technology; 铁西 and 沈北 lead manufacturing;
 * 和平/沈河 commerce and platforms; the two counties and 新民 are small.
 */
type Profile = { base: number[]; trend?: number[]; amp: number };

const T0 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const DIGITAL_TREND = [0.005, 0, -0.01, 0, 0.005, 0, 0.03, 0.015, 0, -0.005, -0.01, -0.01, -0.005];

export const PROFILES: Record<string, Profile> = {
  GDP: { base: [1100, 1000, 700, 650, 1300, 400, 1100, 500, 600, 260, 170, 230, 330], trend: [0, -0.005, 0, 0, 0.005, 0, 0.02, 0.01, 0, -0.005, -0.005, -0.005, -0.005], amp: 0.012 },
  DE004: { base: [2, 2, 9, 4, 25, 6, 22, 14, 8, 3, 1, 1.5, 2.5], trend: [0, 0, 0, 0, 0.005, 0, 0.02, 0.025, 0, 0, -0.01, -0.01, 0], amp: 0.03 },
  DE005: { base: [22, 20, 7, 12, 10, 3, 12, 3, 5, 1.5, 1.3, 1.2, 2], trend: T0, amp: 0.03 },
  DE006: { base: [15, 12, 4, 9, 7, 2, 38, 5, 3, 1.3, 1.1, 1, 1.6], trend: DIGITAL_TREND, amp: 0.025 },
  DE007: { base: [20, 18, 5, 8, 9, 3, 22, 5, 5, 1.5, 0.9, 0.8, 1.8], trend: DIGITAL_TREND, amp: 0.03 },
  DE008: { base: [12, 11, 4, 7, 12, 2.5, 38, 6, 4, 1.1, 0.8, 0.8, 1.4], trend: DIGITAL_TREND, amp: 0.025 },
  DE010: { base: [12, 11, 5, 8, 12, 3.5, 30, 7, 5, 1.6, 1.2, 1.3, 2], trend: DIGITAL_TREND, amp: 0.05 },
  DE011: { base: [11, 10, 5, 8, 14, 3, 31, 7, 5, 1.5, 1, 1.2, 2], trend: DIGITAL_TREND, amp: 0.05 },
  DE012: { base: [12, 9, 3, 7, 6, 1.5, 52, 4, 2.5, 0.8, 0.7, 0.6, 0.9], trend: DIGITAL_TREND, amp: 0.025 },
  DE024: { base: [9, 9, 8, 9, 12, 6, 13, 8, 8, 4, 3.5, 4, 5.5], trend: T0, amp: 0.08 },
  DE026: { base: [9, 8.5, 9, 10, 14, 5.5, 12, 6.5, 9, 3.5, 2.2, 3, 5], trend: [0, 0, 0, 0, 0, 0, 0.02, 0.01, 0, 0, 0, 0, 0], amp: 0.06 },
  DE032: { base: [5, 5, 4, 4, 8, 4, 38, 22, 5, 1.5, 1, 1, 1.5], trend: [0, 0, 0, 0, 0, 0, 0.02, 0.04, 0, 0, 0, 0, 0], amp: 0.1 },
  DE037: { base: [12, 10, 2, 5, 6, 1.5, 55, 4, 2, 0.6, 0.6, 0.5, 0.8], trend: T0, amp: 0.08 },
  DE038: { base: [10, 9, 3, 5, 6, 2, 48, 6, 3, 1.5, 1, 1, 1.5], trend: T0, amp: 0.15 },
  DE040: { base: [12, 10, 4, 6, 8, 2.5, 40, 6, 4, 1.5, 1, 1, 1.5], trend: T0, amp: 0.1 },
  DE044: { base: [9, 9, 8, 7, 16, 6, 15, 7, 8, 3.5, 2.5, 3, 4.5], trend: T0, amp: 0.05 },
  DE047: { base: [18, 16, 7, 9, 12, 4, 14, 5, 7, 2, 1.5, 1.4, 2.6], trend: [0, -0.01, 0, 0, 0, 0, 0.02, 0.01, 0.005, 0, 0, 0, 0], amp: 0.03 },
  DE053: { base: [9, 7, 4, 10, 9, 2, 40, 8, 3, 0.8, 0.4, 0.5, 0.9], trend: DIGITAL_TREND, amp: 0.06 },
  DE055: { base: [9, 7, 4, 9, 10, 2.5, 42, 8, 4, 1.2, 0.8, 0.9, 1.3], trend: DIGITAL_TREND, amp: 0.08 },
  // manufacturing: 铁西, 浑南 and 沈北 (the robot and IC clusters sit in 浑南 and 沈北)
  DE015: { base: [1, 1, 8, 3, 22, 5, 28, 18, 7, 2, 0.5, 1, 1.5], trend: [0, 0, 0, 0, 0.005, 0, 0.02, 0.025, 0, 0, -0.01, -0.01, 0], amp: 0.03 },
  DE017: { base: [0.5, 0.3, 2, 1, 20, 3, 45, 12, 6, 0.5, 0.2, 0.2, 0.5], amp: 0.06 },
  DE018: { base: [0.2, 0.2, 1, 0.5, 6, 1, 50, 30, 3, 0.3, 0.1, 0.1, 0.2], amp: 0.06 },
  DE045: { base: [1, 1, 10, 4, 30, 8, 18, 14, 9, 3, 1, 1.5, 2.5], amp: 0.08 },
  DE046: { base: [1.5, 1.5, 9, 4, 28, 7, 20, 14, 9, 2.5, 1, 1.2, 2], amp: 0.1 },
  DE043: { base: [4, 4, 6, 4, 22, 4, 28, 12, 6, 2, 1, 1, 1.5], amp: 0.1 },
  DE035: { base: [2, 2, 3, 2, 20, 3, 30, 10, 5, 1, 0.5, 0.5, 1], amp: 0.1 },
  // telecoms follow where people live, tilted to the urban districts
  DE019: { base: [10, 10, 8.5, 9, 12, 4.5, 9.5, 6, 9.5, 3.8, 2.4, 3.2, 5], amp: 0.02 },
  DE020: { base: [10, 10, 8.5, 9, 12, 4.5, 9.5, 6, 9.5, 3.8, 2.4, 3.2, 5], amp: 0.03 },
  DE027: { base: [9, 8.5, 9, 10, 14, 5.5, 12, 6.5, 9, 3.5, 2.2, 3, 5], trend: [0, 0, 0, 0, 0, 0, 0.02, 0.01, 0, 0, 0, 0, 0], amp: 0.06 },
  DE028: { base: [8, 7.6, 8.9, 9, 12.5, 4.9, 8.8, 6.6, 10.1, 4.4, 2.9, 3.8, 5.6], amp: 0.03 },
  DE029: { base: [9, 8.5, 9, 9.5, 13, 4.5, 9.5, 6.5, 10, 3.8, 2.3, 3.2, 5], amp: 0.04 },
  DE030: { base: [7, 7, 9, 8, 16, 5, 13, 8, 10, 4, 3, 3.5, 5], amp: 0.05 },
  DE031: { base: [8.5, 8, 9, 9.3, 12.8, 4.7, 9.2, 6.5, 10, 4, 2.6, 3.5, 5.3], amp: 0.04 },
  // digital services, data and platforms: 浑南 first, then the central districts
  DE021: { base: [16, 14, 4, 7, 7, 2, 36, 5, 4, 1, 0.8, 0.7, 1.2], trend: DIGITAL_TREND, amp: 0.03 },
  DE022: { base: [8, 6, 3, 6, 9, 2, 48, 10, 4, 1, 0.5, 0.5, 1], trend: DIGITAL_TREND, amp: 0.06 },
  DE033: { base: [5, 5, 4, 4, 8, 4, 38, 22, 5, 1.5, 1, 1, 1.5], trend: [0, 0, 0, 0, 0, 0, 0.02, 0.04, 0, 0, 0, 0, 0], amp: 0.1 },
  DE034: { base: [3, 3, 2, 2, 5, 2, 45, 30, 3, 1, 0.5, 0.5, 1], amp: 0.12 },
  DE039: { base: [14, 20, 7, 8, 9, 4, 16, 6, 6, 3, 2, 2, 3], amp: 0.05 },
  DE054: { base: [9, 7, 4, 10, 9, 2, 40, 8, 3, 0.8, 0.4, 0.5, 0.9], trend: DIGITAL_TREND, amp: 0.05 },
  DE056: { base: [10, 8, 4, 12, 10, 2, 36, 8, 3, 1, 0.5, 0.5, 1], amp: 0.08 },
};

/**
 * Resident population by district, in thousands (the denominator of DE025, 5G base stations
 * per 10,000 people). Synthetic, of the order of the 2020 census (about 9.1 million in all).
 */
export const POPULATION_K = [800, 760, 890, 900, 1250, 490, 880, 660, 1010, 440, 290, 380, 560];

/** Number of above-scale industrial enterprises by district: the weight of the city DE041/DE042. */
export const INDUSTRIAL_FIRMS = [60, 50, 260, 120, 620, 260, 420, 300, 330, 180, 90, 140, 200];

function t(p: Period): number {
  return p.year - 2022 + (endMonth(p) - 6.5) / 12;
}

function weightsAt(ind: string, prof: Profile, p: Period): number[] {
  const code = periodCode(p);
  return prof.base.map((b, i) => {
    const trend = Math.max(0.2, 1 + (prof.trend?.[i] ?? 0) * t(p));
    return b * trend * (1 + jitter(`${ind}|w|${code}|${i}`, prof.amp));
  });
}

// ---------------------------------------------------------------- flows and stocks

/** A planned annual figure moved by up to ±1.2% so that published totals are not round numbers. */
function fuzz(ind: string, year: number, planned: number): number {
  return Math.round(planned * (1 + jitter(`${ind}|annual|${year}`, 0.012)));
}

/** A planned annual figure by year: known years as given, later ones extended at a steady rate. */
export type Annual = (year: number) => number;

/**
 * Known annual figures (the published or planned ones), extended past the last known year at
 * `growth` a year. Values depend on the year only, never on the demo's "today", so that a
 * period's figure is the same whichever day the demo is generated on.
 */
export function annual(known: Record<number, number>, growth: number): Annual {
  const years = Object.keys(known).map(Number).sort((a, b) => a - b);
  const last = years.at(-1)!;
  return (year) => {
    if (known[year] !== undefined) return known[year];
    if (year < years[0]) throw new Error(`demo: no figure for ${year}`);
    return Math.max(0, Math.round(known[last] * (1 + growth) ** (year - last)));
  };
}

const asAnnual = (a: Annual | Record<number, number>): Annual => (typeof a === "function" ? a : annual(a, 0.05));

/** City in-period flows: each year's total (fuzzed) split over its sub-periods by seasonal shares. */
export function cityFlows(ind: string, periods: Period[], annualFigure: Annual | Record<number, number>, seasonal: number[], amp: number): Map<string, number> {
  const freq = periods[0].freq;
  const figure = asAnnual(annualFigure);
  const out = new Map<string, number>();
  for (const year of [...new Set(periods.map((p) => p.year))]) {
    const weights = seasonal.map((s, i) => s * (1 + jitter(`${ind}|season|${year}|${i + 1}`, amp)));
    const flows = allocate(fuzz(ind, year, figure(year)), weights);
    flows.forEach((f, i) => out.set(periodCode({ freq, year, sub: freq === "YEAR" ? 0 : i + 1 }), f));
  }
  return new Map(periods.map((p) => [periodCode(p), need(out, periodCode(p), ind)]));
}

export function need<V>(m: Map<string, V>, k: string, what: string): V {
  const v = m.get(k);
  if (v === undefined) throw new Error(`demo: ${what} has no value for ${k}`);
  return v;
}

/** District in-period flows: each city flow split over the districts. */
export function districtFlows(ind: string, periods: Period[], city: Map<string, number>, prof: Profile): Map<string, number[]> {
  return new Map(periods.map((p) => [periodCode(p), allocate(need(city, periodCode(p), ind), weightsAt(ind, prof, p))]));
}

/** Year-to-date table (city first) from district in-period flows. */
export function ytd(periods: Period[], flows: Map<string, number[]>): Table {
  const out: Table = new Map();
  let acc: number[] = [];
  let year = -1;
  for (const p of periods) {
    const f = need(flows, periodCode(p), "flows");
    acc = p.year === year ? acc.map((a, i) => a + f[i]) : [...f];
    year = p.year;
    out.set(periodCode(p), [sum(acc), ...acc]);
  }
  return out;
}

/** End-of-period stock table (city first): an initial stock plus district increments. */
function stocks(ind: string, periods: Period[], initial: number, increments: Map<string, number>, prof: Profile): Table {
  const before = { ...periods[0], year: periods[0].year - 1, sub: periods[0].freq === "YEAR" ? 0 : perYear(periods[0].freq) };
  let acc = allocate(initial, weightsAt(ind, prof, before));
  const out: Table = new Map();
  for (const p of periods) {
    const inc = allocate(need(increments, periodCode(p), ind), weightsAt(ind, prof, p));
    acc = acc.map((a, i) => a + inc[i]);
    out.set(periodCode(p), [sum(acc), ...acc]);
  }
  return out;
}

export function flowTable(ind: string, periods: Period[], annualFigure: Annual | Record<number, number>, seasonal: number[], seasonAmp = 0.02): Table {
  const city = cityFlows(ind, periods, annualFigure, seasonal, seasonAmp);
  return ytd(periods, districtFlows(ind, periods, city, profile(ind)));
}

export function stockTable(ind: string, periods: Period[], initial: number, annualIncrease: Annual | Record<number, number>, seasonal: number[]): Table {
  return stocks(ind, periods, initial, cityFlows(ind, periods, annualIncrease, seasonal, 0.15), profile(ind));
}

export function profile(ind: string): Profile {
  const p = PROFILES[ind];
  if (!p) throw new Error(`demo: no district profile for ${ind}`);
  return p;
}

// ---------------------------------------------------------------- derived figures

/**
 * Published year-on-year growth of a YTD level, in tenths of a percent: the naive ratio plus
 * an offset standing for comparable prices / comparable scope. The offset is 0.2–1.8 pp in
 * size, so the published figure is close to, but never the same as, the naive ratio.
 */
export function growth(ind: string, level: Table, periods: Period[], centre: number): Table {
  const out: Table = new Map();
  for (const p of periods) {
    const code = periodCode(p);
    const now = need(level, code, ind);
    const base = need(level, periodCode(samePeriodLastYear(p)), ind);
    out.set(
      code,
      now.map((v, r) => {
        let d = centre + jitter(`${ind}|offset|${r}|${p.year}`, 0.8) + jitter(`${ind}|offset|${r}|${code}`, 0.2);
        if (Math.abs(d) < 0.25) d = d < 0 ? -0.25 : 0.25;
        return Math.round(((v - base[r]) / base[r]) * 1000 + d * 10);
      }),
    );
  }
  return out;
}

/** round-half-up(num / den × 10^k) per cell; k = 4 gives a percent in hundredths for
 *  values of equal scale, k = 3 a percent in tenths. */
export function ratioTable(num: Table, den: Table, k: number, periodOfDen: (code: string) => string = (c) => c): Table {
  const out: Table = new Map();
  for (const [code, n] of num) {
    const d = need(den, periodOfDen(code), "ratio denominator");
    out.set(code, n.map((v, r) => divRound(v * 10 ** k, d[r])));
  }
  return out;
}

export function only(table: Table, periods: Period[]): Table {
  return new Map(periods.map((p) => [periodCode(p), need(table, periodCode(p), "table")]));
}
