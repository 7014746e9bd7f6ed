// The query parameters of each public endpoint, as strict zod schemas (unknown parameters
// are refused, so a typo such as ?indicators= fails loudly instead of returning everything).
import { z } from "zod";
import { parsePeriodCode, periodEnd } from "@/lib/period";
import { PERIOD_CODE } from "../schemas/common";
import { ZChapter } from "../schemas/indicator";
import { MEASURES } from "../schemas/observation";
import { ZReleaseStatus } from "../schemas/release";
import { DEFAULT_INDICATOR_LIMIT, INDICATOR_LIST_PARAMS, MAX_FILE_ROWS, MAX_INDICATOR_LIMIT, MAX_JSON_LIMIT, MAX_LAST, OBSERVATION_PARAMS, RELEASE_PARAMS, type ParamHelpMap } from "./param-help";

const ZCode = z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/);
const ZCodes = z.array(ZCode).max(100);
const ZRegions = z.array(z.string().regex(/^\d{6}$/)).max(50);
const ZPeriod = z.string().regex(PERIOD_CODE);
const ZDate = z.iso.date();

const describe = (help: ParamHelpMap) => (key: string) => ({ description: `${help[key].en} / ${help[key].zh}` });
const o = describe(OBSERVATION_PARAMS);

export const ZObservationsQuery = z
  .strictObject({
    indicator: ZCodes.optional().meta(o("indicator")),
    region: ZRegions.optional().meta(o("region")),
    from: ZPeriod.optional().meta(o("from")),
    to: ZPeriod.optional().meta(o("to")),
    last: z.coerce.number<string>().int().min(1).max(MAX_LAST).optional().meta(o("last")),
    asOf: ZDate.optional().meta(o("asOf")),
    measure: z.enum(MEASURES).default("level").meta(o("measure")),
    format: z.enum(["json", "csv", "xlsx", "jsonstat"]).default("json").meta(o("format")),
    lang: z.enum(["zh", "en"]).default("zh").meta(o("lang")),
    // The schema's maximum is the largest any format allows (files); the description states
    // the smaller JSON cap, which the refinement below enforces.
    limit: z.coerce.number<string>().int().min(1).max(MAX_FILE_ROWS).optional().meta(o("limit")),
    offset: z.coerce.number<string>().int().min(0).optional().meta(o("offset")),
    cursor: z.string().max(300).optional().meta(o("cursor")),
  })
  .superRefine((q, ctx) => {
    // zod runs this refinement even when from or to failed their pattern (a non-aborting
    // issue), so the codes are parsed here without throwing: a malformed one is already refused
    const [from, to] = [q.from ? parsePeriodCode(q.from) : null, q.to ? parsePeriodCode(q.to) : null];
    if (from && to && periodEnd(from) > periodEnd(to)) {
      ctx.addIssue({ code: "custom", path: ["from"], message: "from after to" });
    }
    if (q.cursor !== undefined && q.offset !== undefined) ctx.addIssue({ code: "custom", path: ["offset"], message: "offset with cursor" });
    if (q.format === "json" && q.limit !== undefined && q.limit > MAX_JSON_LIMIT) ctx.addIssue({ code: "custom", path: ["limit"], message: "json limit" });
  });
export type TObservationsQuery = z.output<typeof ZObservationsQuery>;
export const OBSERVATION_LIST_PARAMS = ["indicator", "region"] as const;

const i = describe(INDICATOR_LIST_PARAMS);
export const ZIndicatorsQuery = z.strictObject({
  chapter: ZChapter.optional().meta(i("chapter")),
  category: z.string().regex(/^\d{2,8}$/).optional().meta(i("category")),
  emerging: ZCode.optional().meta(i("emerging")),
  limit: z.coerce.number<string>().int().min(1).max(MAX_INDICATOR_LIMIT).default(DEFAULT_INDICATOR_LIMIT).meta(i("limit")),
  offset: z.coerce.number<string>().int().min(0).default(0).meta(i("offset")),
});
export type TIndicatorsQuery = z.output<typeof ZIndicatorsQuery>;

const r = describe(RELEASE_PARAMS);
export const ZReleasesQuery = z
  .strictObject({
    status: ZReleaseStatus.optional().meta(r("status")),
    indicator: ZCodes.optional().meta(r("indicator")),
    from: ZDate.optional().meta(r("from")),
    to: ZDate.optional().meta(r("to")),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: "custom", path: ["to"], message: "to before from" });
  });
export type TReleasesQuery = z.output<typeof ZReleasesQuery>;
export const RELEASE_LIST_PARAMS = ["indicator"] as const;

/** Endpoints without parameters still refuse unknown ones. */
export const ZNoQuery = z.strictObject({});
