// Dashboard filters live in the URL (?period=2025Q3&region=210102&rank=DE008). Anything not
// on offer falls back to the default rather than erroring, so an old link still opens.
import { parsePeriodCode } from "@/lib/period";
import { CITY_CODE } from "@/lib/reference/regions";
import type { DashObs } from "./observations";

export type DashFilters = { period?: string | null; region?: string | null; rank?: string | null };

export function readFilters(params: Record<string, string | string[] | undefined>): DashFilters {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;
  return { period: one(params.period), region: one(params.region), rank: one(params.rank) };
}

// once per array: the dashboard's released values are one cached array per visibility epoch
const quartersOf = new WeakMap<readonly DashObs[], string[]>();

/** Quarters with any value, newest first: the bureau's monitoring cycle. */
export function availableQuarters(obs: readonly DashObs[]): string[] {
  return [...keptQuarters(obs)];
}

function keptQuarters(obs: readonly DashObs[]): readonly string[] {
  let hit = quartersOf.get(obs);
  if (!hit) quartersOf.set(obs, (hit = collectQuarters(obs)));
  return hit;
}

/** The quarters of several lists in one, newest first (an area held by indicator: thousands of short lists, each scanned once). */
export function quartersIn(lists: readonly (readonly DashObs[])[]): string[] {
  const set = new Set<string>();
  for (const list of lists) for (const q of keptQuarters(list)) set.add(q);
  return [...set].sort().reverse();
}

function collectQuarters(obs: readonly DashObs[]): string[] {
  const set = new Set<string>();
  const isQuarter = new Map<string, boolean>(); // each code parsed once, not once per value
  for (const o of obs) {
    if (o.value === null) continue;
    let q = isQuarter.get(o.period);
    if (q === undefined) isQuarter.set(o.period, (q = parsePeriodCode(o.period)?.freq === "QUARTER"));
    if (q) set.add(o.period);
  }
  return [...set].sort().reverse();
}

/** Quarters of several lists in one, newest first. */
export function mergeQuarters(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort().reverse();
}

/** The chosen quarter, or the newest quarter of the core total in the city, or the newest of all. */
export function choosePeriod(wanted: string | null | undefined, quarters: readonly string[], coreQuarters: readonly string[]): string | null {
  if (wanted && quarters.includes(wanted)) return wanted;
  return coreQuarters[0] ?? quarters[0] ?? null;
}

export function chooseRegion(wanted: string | null | undefined, codes: readonly string[]): string {
  return wanted && codes.includes(wanted) ? wanted : CITY_CODE;
}
