// What of an SDMX data query the visibility query can narrow by (indicators, regions, a range
// of years, measures): always a superset of the answer, which filter-rows.ts then cuts exactly.
import type { ApiCatalogue } from "@/lib/open-api/catalogue/load-catalogue";
import type { TMeasure } from "@/lib/open-api/schemas/observation";
import type { DataQuery } from "../query/data-query";
import { API_BY_MEASURE, type MeasureCode } from "../structure/measures";
import { FREQ_CODE, type Dataflow, type KeyDimension } from "../structure/model";

export type Pushdown = { indicatorIds: number[] | null; regionCodes: string[] | null; from?: string; to?: string; measures: TMeasure[] };

/** Values a dimension is restricted to by every key and by a pure-equality c[...] filter, or null. */
function restricted(q: DataQuery, dim: KeyDimension): Set<string> | null {
  let out: Set<string> | null = null;
  if (q.keys.every((k) => k[dim])) out = new Set(q.keys.flatMap((k) => k[dim]!));
  const f = q.filters[dim];
  if (f && f.every((and) => and.length === 1 && and[0].op === "eq")) {
    const eq = new Set(f.map((and) => and[0].value));
    out = out ? new Set([...out].filter((v) => eq.has(v))) : eq;
  }
  return out;
}

function yearBound(q: DataQuery, side: "lower" | "upper"): string | undefined {
  if (!q.time.length) return undefined;
  const ops = side === "lower" ? ["ge", "gt", "eq"] : ["le", "lt", "eq"];
  const bounds = q.time.map((and) => and.filter((t) => ops.includes(t.op)).map((t) => (side === "lower" ? t.span.start : t.span.end)));
  if (bounds.some((b) => !b.length)) return undefined;
  const years = bounds.map((b) => (side === "lower" ? b.sort().at(-1)! : b.sort()[0]).slice(0, 4));
  return side === "lower" ? years.sort()[0] : years.sort().at(-1);
}

export function pushdown(q: DataQuery, cat: ApiCatalogue, flows: readonly Dataflow[]): Pushdown {
  const inFlows = q.flows ? new Set(flows.filter((f) => q.flows!.includes(f.id)).flatMap((f) => f.indicatorCodes ?? cat.indicators.map((i) => i.code))) : null;
  const codes = restricted(q, "INDICATOR");
  const freqs = restricted(q, "FREQ");
  const indicators = cat.indicators.filter((i) => (!inFlows || inFlows.has(i.code)) && (!codes || codes.has(i.code)) && (!freqs || freqs.has(FREQ_CODE[i.frequency])));
  const all = !inFlows && !codes && !freqs;
  const regions = restricted(q, "REF_AREA");
  const measures = restricted(q, "MEASURE");
  const from = yearBound(q, "lower");
  const to = yearBound(q, "upper");
  return {
    indicatorIds: all ? null : indicators.map((i) => i.id),
    regionCodes: regions ? [...regions].filter((r) => /^\d{6}$/.test(r)) : null,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    measures: (["LEVEL", "IN_PERIOD", "YOY"] as MeasureCode[]).filter((m) => !measures || measures.has(m)).map((m) => API_BY_MEASURE[m]),
  };
}
