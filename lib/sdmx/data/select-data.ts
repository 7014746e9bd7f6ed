import "server-only";
// The observations of an SDMX data query. Plain queries read the very selection the open API
// answers (findApiObservationsByMeasure: visible rows, withheld values masked, derived measures);
// includeHistory and updatedAfter read the visible vintages. Both through the one visibility
// rule (lib/public/visible-observations.ts), at the moment asOf names (never later than now).
import { publicPool } from "@/lib/db";
import type { ApiCatalogue } from "@/lib/open-api/catalogue/load-catalogue";
import { findApiObservationsByMeasure } from "@/lib/open-api/observations/find-api-observations";
import { fetchFromForDerived } from "@/lib/open-api/observations/select-rows";
import type { ApiObservation } from "@/lib/open-api/observations/types";
import { publicCached } from "@/lib/public/cache";
import { countVisibleKeysByIndicator } from "@/lib/public/visible-keys";
import { findVisibleVintages } from "@/lib/public/visible-observations";
import { noResults, SdmxError } from "../errors";
import { MAX_ANSWER_OBSERVATIONS, type DataQuery } from "../query/data-query";
import type { Dataflow } from "../structure/model";
import { selectRows } from "./filter-rows";
import { historySets, updatedRows } from "./history";
import { pushdown, type Pushdown } from "./pushdown";
import { toSdmxRow, type SdmxRow } from "./rows";

export type DataSetRows = { validFrom: Date | null; validTo: Date | null; rows: SdmxRow[] };

function toRows(obs: readonly ApiObservation[], cat: ApiCatalogue, q: DataQuery): SdmxRow[] {
  return selectRows(obs.map((o) => toSdmxRow(o, cat)).filter((r): r is SdmxRow => r !== null), q);
}

// A query of every series of a province-size database would hold gigabytes in one process
// (issue 21): past MAX_ANSWER_OBSERVATIONS it is refused with the standard's 413 (SDMX error
// 130, response too large due to client request), saying how to narrow it.
async function refuseIfTooLarge(p: Pushdown, at: Date, cacheKey: string, max: number): Promise<void> {
  // a count of the selection's public keys: index ranges, no values read
  const counts = await publicCached(`${cacheKey}:size`, () =>
    countVisibleKeysByIndicator(publicPool(), { indicatorIds: p.indicatorIds ?? undefined, regionCodes: p.regionCodes ?? undefined, from: p.from, to: p.to, asOf: at }),
  );
  const n = [...counts.values()].reduce((a, b) => a + b, 0) * p.measures.length;
  if (n > max) {
    throw new SdmxError(
      413,
      `查询结果约有 ${n} 个观测值，超过单次查询上限 ${max}：请用键（指标、地区、度量）或时期（c[TIME_PERIOD]）缩小查询`,
      `The answer would hold about ${n} observations, more than the ${max} one query may: narrow the key (indicator, area, measure) or the period (c[TIME_PERIOD])`,
    );
  }
}

/** The data sets of the answer (one, or one per release with includeHistory), before paging. */
export async function selectData(q: DataQuery, cat: ApiCatalogue, flows: readonly Dataflow[], now: Date, maxObservations = MAX_ANSWER_OBSERVATIONS): Promise<DataSetRows[]> {
  const at = q.asOf && q.asOf < now ? q.asOf : now;
  const p = pushdown(q, cat, flows);
  if (p.indicatorIds?.length === 0 || p.regionCodes?.length === 0 || !p.measures.length) throw noResults();
  const cacheKey = `sdmx:rows:${JSON.stringify({ p, at: at.toISOString(), h: q.includeHistory, u: q.updatedAfter?.toISOString() })}`;
  await refuseIfTooLarge(p, at, cacheKey, maxObservations);

  if (!q.includeHistory && !q.updatedAfter) {
    const perMeasure = await publicCached(cacheKey, () => findApiObservationsByMeasure(publicPool(), cat.indicators, { ...p, at }));
    return [{ validFrom: null, validTo: null, rows: toRows(perMeasure.flat(), cat, q) }];
  }
  // yoy prefers the published growth rates of the wanted indicators: read them too
  const growthIds = p.indicatorIds && p.measures.includes("yoy") ? cat.indicators.filter((i) => i.growthOfId !== null && p.indicatorIds!.includes(i.growthOfId)).map((i) => i.id) : [];
  const vintages = await publicCached(cacheKey, () =>
    findVisibleVintages(publicPool(), {
      indicatorIds: p.indicatorIds ? [...p.indicatorIds, ...growthIds] : undefined,
      regionCodes: p.regionCodes ?? undefined,
      from: p.from ? fetchFromForDerived(p.from) : undefined,
      to: p.to,
      asOf: at,
    }),
  );
  const wanted = p.indicatorIds ? new Set(p.indicatorIds) : null;
  const d = { indicators: cat.indicators, wanted, measures: p.measures, from: p.from, to: p.to };
  // the derived history is kept for the epoch like the rows above: every format and page of
  // the same selection shares it (rebuilding a whole dataflow's history costs seconds)
  if (q.includeHistory) {
    const sets = await publicCached(`${cacheKey}:history`, async () => historySets(vintages, d, q.updatedAfter));
    return sets.map((s) => ({ validFrom: s.validFrom, validTo: s.validTo, rows: toRows(s.rows, cat, q) })).filter((s) => s.rows.length);
  }
  const changed = await publicCached(`${cacheKey}:updated`, async () => updatedRows(vintages, d, q.updatedAfter!, at));
  return [{ validFrom: null, validTo: null, rows: toRows(changed, cat, q) }];
}
