// ApiObservation → the JSON row and page documented in schemas/observation.ts.
import type { TObservation, TObservationPage, TMeasure } from "../schemas/observation";
import type { ApiCatalogue } from "../catalogue/load-catalogue";
import { dataLicense } from "@/lib/public/data-license";
import { DEMO_NOTE, ROUNDING, SOURCE } from "./texts";
import type { ApiObservation } from "./types";

export function serialiseObservation(o: ApiObservation): TObservation {
  return {
    indicator: o.indicator,
    region: o.region,
    period: o.period,
    periodEnd: o.periodEnd,
    measure: o.measure,
    value: o.value,
    unit: o.unit,
    computed: o.computed,
    reason: o.reason,
    flag: o.flag,
    note: o.note,
    isDemo: o.isDemo,
    releasedAt: o.releasedAt.toISOString(),
    revision: o.revision && { previousValue: o.revision.previousValue, previousFlag: o.revision.previousFlag, previousReleasedAt: o.revision.previousReleasedAt.toISOString() },
  };
}

export type MetaInput = { asOf: string | null; measure: TMeasure; rows: readonly ApiObservation[]; indicatorCodes: readonly string[] };

/** The names, units and notes a reader of `rows` needs, for the indicators and regions they mention. */
export function observationMeta(cat: ApiCatalogue, m: MetaInput): TObservationPage["meta"] {
  const isDemo = m.rows.some((r) => r.isDemo);
  const indicators: TObservationPage["meta"]["indicators"] = {};
  for (const code of new Set([...m.indicatorCodes, ...m.rows.map((r) => r.indicator)])) {
    const i = cat.byCode.get(code);
    if (i) indicators[code] = { nameZh: i.nameZh, nameEn: i.nameEn, unit: i.unit, decimals: i.decimals };
  }
  const regions: TObservationPage["meta"]["regions"] = {};
  for (const code of new Set(m.rows.map((r) => r.region))) {
    const r = cat.regions.get(code);
    if (r) regions[code] = { nameZh: r.nameZh, nameEn: r.nameEn };
  }
  return { asOf: m.asOf, measure: m.measure, isDemo, demoNote: isDemo ? DEMO_NOTE : null, source: SOURCE, roundingRule: ROUNDING, license: dataLicense(), indicators, regions };
}
