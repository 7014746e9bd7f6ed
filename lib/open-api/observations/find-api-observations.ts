// The observations answer before paging: visible rows (through THE visibility function,
// lib/public/visible-observations.ts) turned into the measure asked for, trimmed to the
// range and the latest N periods, in the one order cursors rely on. SDMX's data answers read
// it whole; the open API reads it a page at a time (page-observations.ts), the same rows.
import type { Queryable } from "@/lib/db/queryable";
import { findVisibleObservations } from "@/lib/public/visible-observations";
import type { TMeasure } from "../schemas/observation";
import { deriveMeasure } from "./derive-measure";
import { fetchFromForDerived, inPeriodRange, latestPeriods, sortRows } from "./select-rows";
import type { ApiObservation, DerivableIndicator } from "./types";

export type ObservationFilter = {
  /** null: all indicators */
  indicatorIds: number[] | null;
  regionCodes: string[] | null;
  from?: string;
  to?: string;
  last?: number;
  measure: TMeasure;
  /** the moment visibility is evaluated at (see as-of.ts) */
  at: Date;
};

export async function findApiObservations(q: Queryable, indicators: readonly DerivableIndicator[], f: ObservationFilter): Promise<ApiObservation[]> {
  const [rows] = await findApiObservationsByMeasure(q, indicators, { ...f, measures: [f.measure] });
  return rows;
}

/**
 * The answer for several measures at once (SDMX's MEASURE dimension): one read of the visible
 * rows, every measure derived from it. Rows come back per measure, in the order asked.
 */
export async function findApiObservationsByMeasure(
  q: Queryable,
  indicators: readonly DerivableIndicator[],
  f: Omit<ObservationFilter, "measure"> & { measures: readonly TMeasure[] },
): Promise<ApiObservation[][]> {
  const wanted = f.indicatorIds ? new Set(f.indicatorIds) : null;
  const derived = f.measures.some((m) => m !== "level");
  // yoy prefers the published growth rate, which is an indicator of its own
  const growthIds = f.measures.includes("yoy") && wanted ? indicators.filter((i) => i.growthOfId !== null && wanted.has(i.growthOfId)).map((i) => i.id) : [];
  const visible = await findVisibleObservations(q, {
    indicatorIds: wanted ? [...wanted, ...growthIds] : undefined,
    regionCodes: f.regionCodes ?? undefined,
    from: f.from && derived ? fetchFromForDerived(f.from) : f.from,
    to: f.to,
    asOf: f.at,
  });
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return f.measures.map((measure) => {
    const rows = inPeriodRange(deriveMeasure(visible, byId, wanted, measure), f.from, f.to);
    return sortRows(f.last ? latestPeriods(rows, f.last) : rows);
  });
}
