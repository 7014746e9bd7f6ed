// Rows of the `measure` asked for, from the visible (released) observations, using the exact
// derivations of lib/derive. Withheld values (CONFIDENTIAL) arrive without their figure
// (visible-observations.ts), so no derived figure can disclose them (e.g. an in-period value
// next to a withheld YTD value).
import { inPeriodFromYtd, mergeGrowth, percentagePointChange, yoyGrowthSeries, ytdStep } from "@/lib/derive";
import { mustParsePeriod, periodCode, samePeriodLastYear } from "@/lib/period";
import type { PublicObservation, VisibleKey } from "@/lib/public/visible-observations";
import type { TMeasure } from "../schemas/observation";
import type { ApiObservation, DerivableIndicator } from "./types";

/** Growth rates are shown to 0.1 (notes.md §3.3). */
export const GROWTH_DECIMALS = 1;

type Series = PublicObservation[];

function groupSeries(rows: readonly PublicObservation[]): Map<string, Series> {
  const out = new Map<string, Series>();
  for (const o of rows) {
    const key = `${o.indicatorId}|${o.regionCode}`;
    if (!out.has(key)) out.set(key, []);
    out.get(key)!.push(o);
  }
  return out;
}

function base(o: PublicObservation, ind: DerivableIndicator, measure: TMeasure): ApiObservation {
  return {
    indicatorId: ind.id,
    indicator: ind.code,
    region: o.regionCode,
    period: o.period,
    periodEnd: o.periodEnd,
    measure,
    value: o.value,
    unit: ind.unit,
    decimals: ind.decimals,
    computed: false,
    reason: null,
    flag: o.flag,
    note: o.note,
    isDemo: o.isDemo,
    releasedAt: o.releasedAt,
    revision: o.previous ? { previousValue: o.previous.value, previousFlag: o.previous.flag, previousReleasedAt: o.previous.releasedAt } : null,
  };
}

/** A value computed from `current` and another input: dated by the later one, never a revision of its own. */
function computedFrom(current: ApiObservation, other: PublicObservation | undefined, value: string | null, reason: string | null): ApiObservation {
  const later = other && other.releasedAt > current.releasedAt ? other.releasedAt : current.releasedAt;
  return { ...current, value, reason, computed: true, isDemo: current.isDemo || !!other?.isDemo, releasedAt: later, revision: null };
}

function inPeriodRows(series: Series, ind: DerivableIndicator): ApiObservation[] {
  if (ind.measureType === "PERIOD") return series.map((o) => base(o, ind, "in-period"));
  if (ind.measureType !== "CUMULATIVE") return series.map((o) => ({ ...base(o, ind, "in-period"), value: null, reason: "not-applicable", revision: null }));
  const byPeriod = new Map(series.map((o) => [o.period, o]));
  // YTD values never cross a year, so each year is derived alone; a year that has its own
  // January value was not released as 1—2月 combined.
  const years = new Map<number, Series>();
  for (const o of series) {
    const y = mustParsePeriod(o.period).year;
    years.set(y, [...(years.get(y) ?? []), o]);
  }
  return [...years.values()].flatMap((year) => {
    const janFebCombined = !year.some((o) => o.period.endsWith("M01") && o.value !== null);
    return inPeriodFromYtd(year, { janFebCombined }).map((d) => {
      const row = base(byPeriod.get(d.period)!, ind, "in-period");
      if (!d.computed) return { ...row, value: d.value, reason: d.reason };
      const step = ytdStep(mustParsePeriod(d.period), { janFebCombined });
      const previous = step.kind === "difference" ? byPeriod.get(periodCode(step.previous)) : undefined;
      return computedFrom(row, previous, d.value, d.reason);
    });
  });
}

function lastYear(period: string): string {
  return periodCode(samePeriodLastYear(mustParsePeriod(period)));
}

function yoyRows(series: Series, ind: DerivableIndicator, official: Series, growthInd: DerivableIndicator | undefined): ApiObservation[] {
  if (ind.measureType === "GROWTH") return series.map((o) => base(o, ind, "yoy"));
  const byPeriod = new Map(series.map((o) => [o.period, o]));
  if (ind.measureType === "RATE") {
    // a rate changes by percentage points (百分点), never by a percent of itself
    return series.map((o) => {
      const baseRow = byPeriod.get(lastYear(o.period));
      const d = percentagePointChange(o.value, baseRow?.value ?? null);
      return { ...computedFrom(base(o, ind, "yoy"), baseRow, d.value, d.reason), unit: "百分点" };
    });
  }
  const officialByPeriod = new Map(official.map((o) => [o.period, o]));
  const merged = mergeGrowth(
    official.map((o) => ({ period: o.period, value: o.value })),
    yoyGrowthSeries(series.map((o) => ({ period: o.period, value: o.value }))),
  );
  return merged.map((m) => {
    const published = officialByPeriod.get(m.period);
    if (m.source === "official" || (published && !byPeriod.has(m.period))) {
      return { ...base(published!, growthInd!, "yoy"), indicatorId: ind.id, indicator: ind.code, value: m.value, unit: "%" };
    }
    const current = { ...base(byPeriod.get(m.period)!, ind, "yoy"), unit: "%", decimals: GROWTH_DECIMALS };
    // a withheld published rate must not be replaced by one computed from the levels
    if (published?.flag === "CONFIDENTIAL") return { ...current, value: null, flag: "CONFIDENTIAL" as const, reason: "withheld", revision: null };
    return computedFrom(current, byPeriod.get(lastYear(m.period)), m.value, m.reason);
  });
}

/** Each level's published growth rate (an indicator of its own, GROWTH with growthOfId), by the level's id. */
function publishedGrowthOf(indicators: Iterable<DerivableIndicator>): Map<number, DerivableIndicator> {
  const growthOf = new Map<number, DerivableIndicator>();
  for (const g of indicators) if (g.measureType === "GROWTH" && g.growthOfId !== null) growthOf.set(g.growthOfId, g);
  return growthOf;
}

/** Whether yoy rows of `ind` merge its published growth rate's (mergeGrowth): yoyRows answers a rate and a growth rate by their own values only. */
const mergesPublishedGrowth = (ind: DerivableIndicator) => ind.measureType !== "GROWTH" && ind.measureType !== "RATE";

/**
 * Which indicators' keys (indicator, region, period) the rows of `measure` have, as
 * visible-keys.ts KeySources: each indicator's own, and for yoy also those of the published
 * growth rate merged into it (a period or region where only the rate is published still has a
 * row). Null when every indicator's rows are its own keys exactly (level, in-period: one row
 * per value). Of `indicators`, the ones asked for (`wanted`; null: all).
 */
export function measureKeySources(indicators: readonly DerivableIndicator[], wanted: ReadonlySet<number> | null, measure: TMeasure): { id: number; as: number }[] | null {
  if (measure !== "yoy") return null;
  const growthOf = publishedGrowthOf(indicators);
  const asked = indicators.filter((i) => !wanted || wanted.has(i.id));
  const merged = asked.flatMap((i) => (mergesPublishedGrowth(i) && growthOf.has(i.id) ? [{ id: growthOf.get(i.id)!.id, as: i.id }] : []));
  return merged.length ? [...asked.map((i) => ({ id: i.id, as: i.id })), ...merged] : null;
}

/**
 * The visible rows the rows of `measure` at `keys` are derived from, as keys: with them (and
 * whatever other rows) deriveMeasure gives these keys' rows exactly as from the whole series.
 * In-period: the same series' periods of the year up to the key's (a year is derived alone; its
 * first month tells whether 1—2月 came combined). Yoy: the same period and a year before, of the
 * indicator and of the published growth rate merged into it.
 */
export function measureInputKeys(keys: readonly VisibleKey[], indicators: ReadonlyMap<number, DerivableIndicator>, measure: TMeasure): VisibleKey[] {
  if (measure === "level") return [...keys];
  const out = new Map<string, VisibleKey>();
  const add = (indicatorId: number, regionCode: string, period: string) => out.set(`${indicatorId}|${regionCode}|${period}`, { indicatorId, regionCode, period });
  const growthOf = publishedGrowthOf(indicators.values());
  for (const k of keys) {
    const p = mustParsePeriod(k.period);
    if (measure === "in-period") {
      for (let sub = Math.min(p.sub, 1); sub <= p.sub; sub++) add(k.indicatorId, k.regionCode, periodCode({ ...p, sub }));
      continue;
    }
    const ind = indicators.get(k.indicatorId);
    const g = ind && mergesPublishedGrowth(ind) ? growthOf.get(ind.id) : undefined;
    for (const id of g ? [k.indicatorId, g.id] : [k.indicatorId]) for (const period of [k.period, lastYear(k.period)]) add(id, k.regionCode, period);
  }
  return [...out.values()];
}

/**
 * The rows of `measure` for each requested indicator and region. `rows` must include, for
 * yoy, the published growth indicators (growthOfId) of the requested ones, and enough
 * earlier periods for the bases (the caller trims to the range afterwards).
 */
export function deriveMeasure(
  rows: readonly PublicObservation[],
  indicators: ReadonlyMap<number, DerivableIndicator>,
  wanted: ReadonlySet<number> | null,
  measure: TMeasure,
): ApiObservation[] {
  const series = groupSeries(rows);
  const isWanted = (id: number | null) => id !== null && indicators.has(id) && (!wanted || wanted.has(id));
  const growthOf = publishedGrowthOf(indicators.values());

  // (indicator, region) pairs to answer: every wanted series, and for yoy also the regions
  // where only the published growth rate exists
  const pairs = new Set<string>();
  for (const key of series.keys()) {
    const id = Number(key.split("|")[0]);
    if (isWanted(id)) pairs.add(key);
    const g = indicators.get(id);
    if (measure === "yoy" && g?.measureType === "GROWTH" && isWanted(g.growthOfId)) pairs.add(`${g.growthOfId}|${key.split("|")[1]}`);
  }

  const out: ApiObservation[] = [];
  for (const key of pairs) {
    const [id, region] = key.split("|");
    const ind = indicators.get(Number(id))!;
    const s = series.get(key) ?? [];
    if (measure === "level") out.push(...s.map((o) => base(o, ind, "level")));
    else if (measure === "in-period") out.push(...inPeriodRows(s, ind));
    else {
      const g = growthOf.get(ind.id);
      out.push(...yoyRows(s, ind, g ? (series.get(`${g.id}|${region}`) ?? []) : [], g));
    }
  }
  return out;
}
