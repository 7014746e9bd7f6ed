// The indicator page's URL: which regions, which range (from/to, or a rolling "last N
// periods"), which measure (累计 level or 当季/当月 in-period) and which period the district
// comparison shows. Parsing never fails: an unknown or malformed value falls back to the
// default, so any shared link opens. Pure.
import { comparePeriods, mustParsePeriod, parsePeriodCode, type Frequency } from "@/lib/period";
import { MAX_LAST as API_MAX_LAST } from "@/lib/open-api/params/param-help";
import { CITY_CODE } from "@/lib/reference/regions";

export type PageMeasure = "level" | "in-period";
export type PageRange = { kind: "last"; n: number | null } | { kind: "span"; from: string | null; to: string | null };
export type IndicatorParams = { regions: string[]; measure: PageMeasure; range: PageRange; period: string | null };
export type RawSearch = Record<string, string | string[] | undefined>;
export type ParamContext = { frequency: Frequency; measureType: string; regionCodes: readonly string[] };

/** Rolling window when the URL names none: about three years. */
export const DEFAULT_LAST: Record<Frequency, number> = { MONTH: 24, QUARTER: 12, YEAR: 10 };
export const LAST_CHOICES = [4, 8, 12, 20, 24, 36] as const;
// The page's "displayed" downloads pass `last` on to the open API, so the page accepts no more
// than the API does: a larger N would make those links answer 400.
const MAX_LAST = API_MAX_LAST;

const list = (v: string | string[] | undefined) => [v ?? []].flat().flatMap((s) => s.split(","));
const first = (v: string | string[] | undefined) => [v ?? []].flat()[0]?.trim() || null;

function periodOf(v: string | null, freq: Frequency): string | null {
  const p = v ? parsePeriodCode(v) : null;
  return p && p.freq === freq ? v : null;
}

/** In-period values exist only for year-to-date (累计) indicators. */
export function hasInPeriod(measureType: string): boolean {
  return measureType === "CUMULATIVE";
}

function parseRange(search: RawSearch, freq: Frequency): PageRange {
  let from = periodOf(first(search.from), freq);
  let to = periodOf(first(search.to), freq);
  if (from && to && comparePeriods(mustParsePeriod(from), mustParsePeriod(to)) > 0) [from, to] = [to, from];
  if (from || to) return { kind: "span", from, to };
  const last = first(search.last);
  if (last === "all") return { kind: "last", n: null };
  const n = last && /^\d{1,3}$/.test(last) ? Number(last) : NaN;
  return { kind: "last", n: n >= 1 && n <= MAX_LAST ? n : DEFAULT_LAST[freq] };
}

export function parseIndicatorParams(search: RawSearch, ctx: ParamContext): IndicatorParams {
  const known = new Set(ctx.regionCodes);
  const regions = [...new Set(list(search.region).map((s) => s.trim()).filter((c) => known.has(c)))];
  const measure = first(search.measure) === "in-period" && hasInPeriod(ctx.measureType) ? "in-period" : "level";
  return {
    regions: regions.length ? regions : [CITY_CODE],
    measure,
    range: parseRange(search, ctx.frequency),
    period: periodOf(first(search.period), ctx.frequency),
  };
}

/** The permalink query: every choice spelled out, so the link means the same thing later. */
export function indicatorQuery(p: IndicatorParams, change: Partial<IndicatorParams> = {}): Record<string, string> {
  const q = { ...p, ...change };
  const out: Record<string, string> = { region: q.regions.join(","), measure: q.measure };
  if (q.range.kind === "last") out.last = q.range.n === null ? "all" : String(q.range.n);
  else {
    if (q.range.from) out.from = q.range.from;
    if (q.range.to) out.to = q.range.to;
  }
  if (q.period) out.period = q.period;
  return out;
}

/** URLSearchParams as a page's searchParams: repeated keys (checkboxes) become arrays. */
export function rawSearch(sp: URLSearchParams): RawSearch {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(sp.keys())) {
    const all = sp.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

export function queryString(q: Record<string, string>): string {
  return new URLSearchParams(q).toString();
}

/** The periods the range selects from all available ones (oldest first in, oldest first out). */
export function selectPeriods(periods: readonly string[], range: PageRange): string[] {
  if (range.kind === "last") return range.n === null ? [...periods] : periods.slice(Math.max(0, periods.length - range.n));
  const after = (a: string, b: string) => comparePeriods(mustParsePeriod(a), mustParsePeriod(b)) >= 0;
  return periods.filter((p) => (!range.from || after(p, range.from)) && (!range.to || after(range.to, p)));
}
