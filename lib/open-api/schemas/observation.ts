// Response schema of /api/v1/observations (format=json); CSV and XLSX carry the same columns.
import { z } from "zod";
import { apiComponent, ZDecimalString, ZListPaging, ZLocalised, ZPeriodCode } from "./common";

export const MEASURES = ["level", "in-period", "yoy"] as const;
export const ZMeasure = z
  .enum(MEASURES)
  .meta({ description: "level: the released value; in-period: 当期 value computed from year-to-date values; yoy: year-on-year growth (%), the published rate when there is one, else computed (change in percentage points for rates)." });
export type TMeasure = z.infer<typeof ZMeasure>;

export const ZFlag = z
  .enum(["PRELIMINARY", "ESTIMATED", "CONFIDENTIAL", "MISSING"])
  .meta({ description: "PRELIMINARY 初步数, ESTIMATED 估计数, CONFIDENTIAL 不公开 (value withheld), MISSING 无数据." });

export const ZRevision = apiComponent(
  "Revision",
  z
    .object({
      previousValue: ZDecimalString.nullable().meta({ description: "The value replaced; null when it was missing or withheld (不公开), or when the current value is withheld." }),
      previousFlag: ZFlag.nullable(),
      previousReleasedAt: z.iso.datetime(),
    })
    .meta({ description: "Present when the value revised an earlier release: the value it replaced, its flag and when that was released." }),
);

export const ZObservation = apiComponent(
  "Observation",
  z.object({
    indicator: z.string(),
    region: z.string().meta({ description: "6-digit division code (210100 = the whole city)." }),
    period: ZPeriodCode,
    periodEnd: z.iso.date(),
    measure: ZMeasure,
    value: ZDecimalString.nullable(),
    unit: z.string(),
    computed: z.boolean().meta({ description: "True for a value computed by this service (计算值), not published as such." }),
    reason: z.string().nullable().meta({ description: "Why value is null when a derived measure cannot be computed (missing-previous, missing-base, negative-base, not-applicable…)." }),
    flag: ZFlag.nullable(),
    note: z.string().nullable(),
    isDemo: z.boolean().meta({ description: "Synthetic demonstration data (示例数据), not official statistics." }),
    releasedAt: z.iso.datetime().meta({ description: "Release time of the value (of the latest input, for a computed value)." }),
    revision: ZRevision.nullable(),
  }),
);
export type TObservation = z.infer<typeof ZObservation>;

export const ZPaging = apiComponent(
  "Paging",
  ZListPaging.extend({
    total: z.number().int().meta({ description: "Rows matching the filters." }),
    nextCursor: z.string().nullable().meta({ description: "Pass as cursor= for the next page; null on the last page." }),
  }),
);

export const ZObservationMeta = apiComponent(
  "ObservationMeta",
  z.object({
    asOf: z.iso.date().nullable().meta({ description: "The asOf date asked for; null for what is public now." }),
    measure: ZMeasure,
    isDemo: z.boolean(),
    demoNote: ZLocalised.nullable(),
    source: ZLocalised,
    roundingRule: ZLocalised,
    license: z
      .object({ name: z.string(), url: z.string(), attribution: ZLocalised })
      .meta({ description: "The licence of the data (reuse allowed with attribution, by default CC BY 4.0). 数据许可。" }),
    indicators: z.record(z.string(), z.object({ nameZh: z.string(), nameEn: z.string(), unit: z.string(), decimals: z.number().int() })),
    regions: z.record(z.string(), z.object({ nameZh: z.string(), nameEn: z.string() })),
  }),
);

export const ZObservationPage = apiComponent(
  "ObservationPage",
  z.object({ data: z.array(ZObservation), paging: ZPaging, meta: ZObservationMeta }),
);
export type TObservationPage = z.infer<typeof ZObservationPage>;
