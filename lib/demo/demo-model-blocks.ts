// Building blocks of the demo's figures (lib/demo/demo-models.ts): growth rates, parts of a
// flow, survey rates and ratios computed from tables of integers in the indicator's smallest
// unit, deterministic per indicator, region and period.
import { periodCode, type Period } from "@/lib/period";
import { divRound, jitter, sum } from "./generate-util";
import { INDUSTRIAL_FIRMS, POPULATION_K, need, ytd, type Table } from "./demo-tables";

/**
 * Published year-on-year growth, in tenths of a percent: the naive ratio of `now` to `base`
 * (the same period a year earlier) plus an offset standing for comparable prices / scope.
 */
export function growthOf(ind: string, now: Table, base: Table, out: Period[], centre: number): Table {
  const t: Table = new Map();
  for (const p of out) {
    const code = periodCode(p);
    const n = need(now, code, ind);
    const b = need(base, `${p.year - 1}${code.slice(4)}`, ind);
    t.set(
      code,
      n.map((v, r) => {
        let d = centre + jitter(`${ind}|offset|${r}|${p.year}`, 0.8) + jitter(`${ind}|offset|${r}|${code}`, 0.2);
        if (Math.abs(d) < 0.25) d = d < 0 ? -0.25 : 0.25;
        return Math.round(((v - b[r]) / b[r]) * 1000 + d * 10);
      }),
    );
  }
  return t;
}

/**
 * Growth published without its level (real VA growth of electronics, FAI growth): a yearly
 * city centre, each district around it, settling as the year-to-date span lengthens.
 */
export function growthSeries(ind: string, ps: Period[], centre: (year: number) => number, spread: number, swing: number): Table {
  const t: Table = new Map();
  for (const p of ps) {
    const code = periodCode(p);
    const settle = 1.4 - (p.sub || 1) / (p.freq === "MONTH" ? 12 : 4);
    const city = centre(p.year) + jitter(`${ind}|swing|${code}`, swing * settle);
    const row = [city, ...Array.from({ length: 13 }, (_, i) => city + jitter(`${ind}|district|${i}|${p.year}`, spread) + jitter(`${ind}|district|${i}|${code}`, swing * settle))];
    t.set(code, row.map((v) => Math.round(Math.min(29.5, Math.max(-9.5, v)) * 10)));
  }
  return t;
}

/** In-period district flows (13 entries) back from a YTD table. */
function inPeriod(table: Table, ps: Period[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let prev: number[] | null = null;
  let year = -1;
  for (const p of ps) {
    const row = need(table, periodCode(p), "in-period").slice(1);
    out.set(periodCode(p), p.year === year && prev ? row.map((v, i) => v - prev![i]) : row);
    prev = row;
    year = p.year;
  }
  return out;
}

/** A part of a flow: each district's in-period flow × a share that drifts by year (floored, so never above its parent). */
export function partOfFlow(ind: string, parent: Table, ps: Period[], share: (year: number) => number, amp: number): Table {
  const flows = inPeriod(parent, ps);
  const part = new Map<string, number[]>();
  for (const p of ps) {
    const code = periodCode(p);
    part.set(
      code,
      need(flows, code, ind).map((f, i) => Math.floor(f * Math.min(0.98, share(p.year) * (1 + jitter(`${ind}|share|${i}|${p.year}`, amp))))),
    );
  }
  return ytd(ps, part);
}

/** Survey rates in tenths per district; the city is the firm-weighted average. */
export function surveyRate(ind: string, ps: Period[], base: number[], perYearGain: number): Table {
  const out: Table = new Map();
  for (const p of ps) {
    const d = base.map((b, i) => {
      const v = b + perYearGain * (p.year - 2022) + jitter(`${ind}|rate|${i}|${p.year}`, 0.6) + jitter(`${ind}|rate|${i}`, 1.5);
      return Math.round(Math.min(95, Math.max(5, v)) * 10);
    });
    const city = divRound(sum(d.map((v, i) => v * INDUSTRIAL_FIRMS[i])), sum(INDUSTRIAL_FIRMS));
    out.set(periodCode(p), [city, ...d]);
  }
  return out;
}

/** 5G base stations per 10,000 people (tenths) at each quarter's end, from DE024 and the population. */
export function perTenThousand(stations: Table, q: Period[]): Table {
  const pop = [sum(POPULATION_K), ...POPULATION_K];
  return new Map(
    q.map((p) => {
      const code = periodCode(p);
      const s = need(stations, `${p.year}M${String(p.sub * 3).padStart(2, "0")}`, "DE024");
      return [code, s.map((v, r) => divRound(v * 100, pop[r]))];
    }),
  );
}

/** Full-year R&D spending: each district's full-year 四上 revenue × an intensity in 0.01% (exact). */
export function rdSpending(de008: Table, y: Period[]): Table {
  const intensityBase = [4.0, 3.6, 3.8, 4.4, 4.8, 3.0, 6.2, 4.5, 3.2, 2.2, 1.6, 1.8, 2.0];
  const out: Table = new Map();
  for (const p of y) {
    const rev = need(de008, `${p.year}Q4`, "DE008");
    const d = intensityBase.map((b, i) => {
      const bp = Math.round((b + 0.15 * Math.min(p.year - 2022, 8) + jitter(`DE051|intensity|${i}|${p.year}`, 0.3)) * 100);
      return divRound(rev[i + 1] * bp, 10000);
    });
    out.set(periodCode(p), [sum(d), ...d]);
  }
  return out;
}

/** The table restricted to the periods `ps`. */
export const only = (table: Table, ps: Period[]): Table => new Map(ps.map((p) => [periodCode(p), need(table, periodCode(p), "table")]));
