// One SDMX observation: the open API's row (ApiObservation) under the DSD's component ids.
// A value that cannot exist (a derived measure without its base, a measure that does not apply)
// is no observation at all; a withheld value is one, without its value (OBS_CONF=C, OBS_STATUS=M).
import type { ApiCatalogue } from "@/lib/open-api/catalogue/load-catalogue";
import type { ApiObservation } from "@/lib/open-api/observations/types";
import { MEASURE_BY_API, measuresOf } from "../structure/measures";
import { FREQ_CODE } from "../structure/model";
import { sdmxUnit } from "../units";
import { sdmxPeriod, spanOfPeriodCode, type Span } from "../query/time";

export type SdmxRow = {
  /** component id → value (null: none) */
  c: Record<string, string | null>;
  span: Span;
  releasedAt: Date;
  revision: ApiObservation["revision"];
  isDemo: boolean;
};

const STATUS: Record<string, string> = { PRELIMINARY: "P", ESTIMATED: "E", MISSING: "M", CONFIDENTIAL: "M" };

export function toSdmxRow(o: ApiObservation, cat: ApiCatalogue): SdmxRow | null {
  const ind = cat.byId.get(o.indicatorId);
  if (!ind) return null;
  const measure = MEASURE_BY_API[o.measure];
  if (!measuresOf(ind).includes(measure)) return null;
  const withheld = o.flag === "CONFIDENTIAL";
  if (o.value === null && !withheld && o.reason !== null) return null;
  const unit = sdmxUnit(o.unit);
  return {
    c: {
      FREQ: FREQ_CODE[ind.frequency],
      INDICATOR: o.indicator,
      REF_AREA: o.region,
      MEASURE: measure,
      TIME_PERIOD: sdmxPeriod(o.period),
      OBS_VALUE: withheld ? null : o.value,
      UNIT_MEASURE: unit.code,
      UNIT_MULT: String(unit.mult),
      DECIMALS: String(o.decimals),
      OBS_STATUS: o.value === null ? "M" : (STATUS[o.flag ?? ""] ?? "A"),
      OBS_CONF: withheld ? "C" : "F",
      COMPUTED: o.computed ? "true" : null,
      OBS_COMMENT: o.note,
    },
    span: spanOfPeriodCode(o.period),
    releasedAt: o.releasedAt,
    revision: o.revision,
    isDemo: o.isDemo,
  };
}
