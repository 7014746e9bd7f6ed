// The exact selection of an SDMX data query over rows: keys, c[...] filters, time, first/last N
// per series, the one order (series key in DSD order, then time) and offset/limit. Pure.
import Decimal from "decimal.js";
import type { Condition, DataQuery } from "../query/data-query";
import { timeMatches } from "../query/time";
import { KEY_DIMENSIONS } from "../structure/model";
import type { SdmxRow } from "./rows";

function conditionHolds(actual: string | null, { op, value }: Condition, numeric: boolean): boolean {
  if (actual === null) return op === "ne" || op === "nc";
  if (numeric && ["lt", "le", "gt", "ge", "eq", "ne"].includes(op)) {
    let cmp: number;
    try {
      cmp = new Decimal(actual).cmp(new Decimal(value));
    } catch {
      return false;
    }
    return { lt: cmp < 0, le: cmp <= 0, gt: cmp > 0, ge: cmp >= 0, eq: cmp === 0, ne: cmp !== 0 }[op as "lt"]!;
  }
  switch (op) {
    case "eq":
      return actual === value;
    case "ne":
      return actual !== value;
    case "co":
      return actual.includes(value);
    case "nc":
      return !actual.includes(value);
    case "sw":
      return actual.startsWith(value);
    case "ew":
      return actual.endsWith(value);
    case "lt":
      return actual < value;
    case "le":
      return actual <= value;
    case "gt":
      return actual > value;
    case "ge":
      return actual >= value;
  }
}

export function rowMatches(r: SdmxRow, q: DataQuery): boolean {
  const keyOk = q.keys.some((k) => KEY_DIMENSIONS.every((d) => !k[d] || k[d]!.includes(r.c[d]!)));
  if (!keyOk) return false;
  for (const [component, f] of Object.entries(q.filters)) {
    const numeric = component === "OBS_VALUE" || component === "UNIT_MULT" || component === "DECIMALS";
    if (!f!.some((and) => and.every((cond) => conditionHolds(r.c[component] ?? null, cond, numeric)))) return false;
  }
  return !q.time.length || q.time.some((and) => and.every((t) => timeMatches(r.span, t.op, t.span)));
}

export const seriesKey = (r: SdmxRow) => KEY_DIMENSIONS.map((d) => r.c[d]).join(".");

function compareRows(a: SdmxRow, b: SdmxRow): number {
  const ka = seriesKey(a);
  const kb = seriesKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.span.start < b.span.start ? -1 : a.span.start > b.span.start ? 1 : a.span.end < b.span.end ? -1 : a.span.end > b.span.end ? 1 : 0;
}

/** Filters, orders, keeps the first/last N observations of each series. */
export function selectRows(rows: readonly SdmxRow[], q: DataQuery): SdmxRow[] {
  const kept = rows.filter((r) => rowMatches(r, q)).sort(compareRows);
  if (!q.firstN && !q.lastN) return kept;
  const bySeries = new Map<string, SdmxRow[]>();
  for (const r of kept) {
    const k = seriesKey(r);
    if (!bySeries.has(k)) bySeries.set(k, []);
    bySeries.get(k)!.push(r);
  }
  return [...bySeries.values()].flatMap((s) => {
    const first = q.firstN ? s.slice(0, q.firstN) : [];
    const last = q.lastN ? s.slice(Math.max(0, s.length - q.lastN)) : [];
    return q.firstN && q.lastN ? [...new Set([...first, ...last])] : q.firstN ? first : last;
  });
}

export function pageRows<T>(rows: readonly T[], q: Pick<DataQuery, "offset" | "limit">): T[] {
  return rows.slice(q.offset, q.limit === undefined ? undefined : q.offset + q.limit);
}
