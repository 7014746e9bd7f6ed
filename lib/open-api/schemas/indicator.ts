// Response schemas of /api/v1/indicators and /api/v1/indicators/{code}.
import { z } from "zod";
import { apiComponent, ZListPaging, ZNamed, ZPeriodCode } from "./common";

export const ZFrequency = z.enum(["MONTH", "QUARTER", "YEAR"]);
export const ZMeasureType = z
  .enum(["CUMULATIVE", "PERIOD", "STOCK", "RATE", "GROWTH"])
  .meta({ description: "CUMULATIVE 累计 (year-to-date), PERIOD 当期, STOCK 期末, RATE 比率/指数, GROWTH 已发布的同比增速 (%)." });
export const ZChapter = z.enum(["INFRASTRUCTURE", "DATA_FACTOR", "INDUSTRIALIZATION", "DIGITALIZATION", "INNOVATION"]);

export const ZIndicatorSummary = apiComponent(
  "IndicatorSummary",
  z.object({
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    unit: z.string().meta({ description: "Unit as published, e.g. 亿元, %, 个." }),
    frequency: ZFrequency,
    measureType: ZMeasureType,
    decimals: z.number().int().meta({ description: "Decimals used for display (values themselves are exact)." }),
    chapter: ZChapter.nullable(),
    articleRef: z.string().meta({ description: "Articles of the regulation cited, as in the catalogue." }),
    articles: z.array(z.number().int()),
    categories: z.array(ZNamed).meta({ description: "NBS 2021 digital-economy categories (01–05 and below)." }),
    emerging: z.array(ZNamed).meta({ description: "Article 19 emerging-industry tags." }),
    department: ZNamed.nullable().meta({ description: "Supplying department." }),
    higherIsBetter: z.boolean(),
    growthOf: z.string().nullable().meta({ description: "For a GROWTH indicator: the code of the level it is the growth of." }),
    partOf: z.string().nullable().meta({ description: "For a component: the code of its total." }),
    retired: z.boolean(),
    latestPeriod: ZPeriodCode.nullable().meta({ description: "Latest period with a released value (any region)." }),
    lastReleasedAt: z.iso.datetime().nullable().meta({ description: "When a value of this indicator was last released or revised." }),
    links: z.object({ self: z.string(), observations: z.string() }),
  }),
);
export type TIndicatorSummary = z.infer<typeof ZIndicatorSummary>;

export const ZIndicatorList = apiComponent("IndicatorList", z.object({ data: z.array(ZIndicatorSummary), paging: ZListPaging }));
export type TIndicatorList = z.infer<typeof ZIndicatorList>;

export const ZMethodologyNote = apiComponent(
  "MethodologyNote",
  z.object({ effectiveAt: z.iso.datetime(), textZh: z.string(), textEn: z.string().nullable() }),
);

export const ZUpcomingRelease = apiComponent(
  "UpcomingRelease",
  z.object({ id: z.number().int(), titleZh: z.string(), titleEn: z.string().nullable(), period: z.string().nullable(), releaseAt: z.iso.datetime() }),
);

export const ZIndicatorDetail = apiComponent(
  "IndicatorDetail",
  ZIndicatorSummary.extend({
    definition: z.string().nullable().meta({ description: "Definition, in Chinese." }),
    definitionEn: z.string().nullable().meta({ description: "Definition, in English." }),
    methodNotes: z.string().nullable().meta({ description: "Method notes (方法说明), in Chinese." }),
    methodNotesEn: z.string().nullable().meta({ description: "Method notes, in English." }),
    source: z.string().nullable().meta({ description: "Source of the data, in Chinese." }),
    sourceEn: z.string().nullable().meta({ description: "Source of the data, in English." }),
    methodologyNotes: z.array(ZMethodologyNote).meta({ description: "Dated notes on definition or method changes, oldest first." }),
    regions: z.array(z.string()).meta({ description: "Regions the indicator is reported for; empty means all 14." }),
    nextRelease: ZUpcomingRelease.nullable().meta({ description: "Next scheduled release that includes this indicator (time only, never values)." }),
  }),
);
export type TIndicatorDetail = z.infer<typeof ZIndicatorDetail>;
