// The observations answer before paging: visible rows (through THE visibility function,
// lib/public/visible-observations.ts) turned into the measure asked for, trimmed to the
// range and the latest N periods, in the one order cursors rely on.
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
  const wanted = f.indicatorIds ? new Set(f.indicatorIds) : null;
  // yoy prefers the published growth rate, which is an indicator of its own
  const growthIds = f.measure === "yoy" && wanted ? indicators.filter((i) => i.growthOfId !== null && wanted.has(i.growthOfId)).map((i) => i.id) : [];
  const visible = await findVisibleObservations(q, {
    indicatorIds: wanted ? [...wanted, ...growthIds] : undefined,
    regionCodes: f.regionCodes ?? undefined,
    from: f.from && f.measure !== "level" ? fetchFromForDerived(f.from) : f.from,
    to: f.to,
    asOf: f.at,
  });
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const rows = inPeriodRange(deriveMeasure(visible, byId, wanted, f.measure), f.from, f.to);
  return sortRows(f.last ? latestPeriods(rows, f.last) : rows);
}
