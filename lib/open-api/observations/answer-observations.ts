import "server-only";
// GET /api/v1/observations: parse, read through the cache, page, and answer in the format
// asked for (JSON page, CSV or XLSX download).
import { publicPool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publicCached } from "@/lib/public/cache";
import { perIndicatorCached } from "@/lib/public/per-indicator-cache";
import type { Epoch } from "@/lib/public/epoch";
import { visibilityMoment } from "../as-of";
import { cachedApiCatalogue, type ApiCatalogue } from "../catalogue/load-catalogue";
import type { Page, PageRequest } from "../paging";
import { ParamError } from "../params/param-error";
import { DEFAULT_JSON_LIMIT, MAX_FILE_ROWS, OBSERVATION_PARAMS } from "../params/param-help";
import { parseQuery } from "../params/parse-query";
import { OBSERVATION_LIST_PARAMS, ZObservationsQuery, type TObservationsQuery } from "../params/queries";
import type { PublicGetContext } from "../public-get";
import type { TObservationPage } from "../schemas/observation";
import { countObservationKeys, pageObservations, type KeepPerIndicator } from "./page-observations";
import type { ApiObservation } from "./types";
import { observationsCsv, observationsXlsx } from "./observation-files";
import { observationsJsonStat } from "./jsonstat";
import { observationMeta, serialiseObservation } from "./serialise";
import { licenseLinkHeader } from "@/lib/public/data-license";

function resolveIndicators(codes: string[] | undefined, cat: ApiCatalogue): number[] | null {
  if (!codes) return null;
  const unknown = codes.filter((c) => !cat.byCode.has(c));
  if (unknown.length) throw new AppError("NOT_FOUND", `未知指标：${unknown.join(", ")}`, `Unknown indicator: ${unknown.join(", ")}`);
  return codes.map((c) => cat.byCode.get(c)!.id);
}

function checkRegions(codes: string[] | undefined, cat: ApiCatalogue): void {
  const unknown = codes?.filter((c) => !cat.regions.has(c)) ?? [];
  if (unknown.length) throw ParamError.invalid("region", { zh: `未知区划代码 ${unknown.join(", ")}`, en: `unknown division code ${unknown.join(", ")}` });
}

/**
 * One page of the answer, paged in SQL whatever the measure (with or without `last`), so a page
 * costs what it shows (page-observations.ts).
 */
async function pageFor(q: TObservationsQuery, cat: ApiCatalogue, req: PageRequest): Promise<Page<ApiObservation>> {
  const indicatorIds = resolveIndicators(q.indicator, cat);
  checkRegions(q.region, cat);
  const filter = { indicatorIds, regionCodes: q.region ?? null, from: q.from, to: q.to, last: q.last, measure: q.measure };
  const key = `api:obs:${JSON.stringify({ ...filter, indicatorIds: indicatorIds && [...indicatorIds].sort(), regionCodes: filter.regionCodes && [...filter.regionCodes].sort(), asOf: q.asOf })}`;
  const countsAt = async (epoch: Epoch) => {
    const at = visibilityMoment(q.asOf, epoch.at);
    // kept across release times, recounting only the indicators a release covers
    const keep: KeepPerIndicator = (read, affected, readChanged) => perIndicatorCached(`${key}:counts`, at, read, { affected, readChanged });
    return { ...(await countObservationKeys(publicPool(), cat.indicators, { ...filter, at }, keep)), epochKey: epoch.key };
  };
  return publicCached(`${key}:page:${JSON.stringify(req)}`, async (epoch) => {
    // the counts once per epoch, for every page; but of this page's own epoch: counts cached
    // just before a release time passed gave a page of the new epoch the old `total`, and the
    // answer kept it for the whole epoch (the restore drill caught it)
    const cached = await publicCached(`${key}:counts`, countsAt);
    const { floors, sources, counts } = cached.epochKey === epoch.key ? cached : await countsAt(epoch);
    return pageObservations(publicPool(), cat.indicators, counts, { ...filter, floors, sources, at: visibilityMoment(q.asOf, epoch.at) }, req, OBSERVATION_PARAMS.cursor);
  });
}

export async function answerObservations({ url }: PublicGetContext): Promise<Response> {
  const q = parseQuery(url.searchParams, ZObservationsQuery, OBSERVATION_PARAMS, OBSERVATION_LIST_PARAMS);
  const cat = await cachedApiCatalogue();
  const limit = q.limit ?? (q.format === "json" ? DEFAULT_JSON_LIMIT : MAX_FILE_ROWS);
  const page = await pageFor(q, cat, { limit, offset: q.offset, cursor: q.cursor });

  let next: string | null = null;
  if (page.nextCursor) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.delete("offset");
    nextUrl.searchParams.set("cursor", page.nextCursor);
    next = nextUrl.pathname + nextUrl.search;
  }
  const license = licenseLinkHeader();
  const links = [...(next ? [`<${next}>; rel="next"`] : []), ...(license.Link ? [license.Link] : [])];
  const headers: Record<string, string> = links.length ? { Link: links.join(", ") } : {};
  const asOf = q.asOf ?? null;
  const indicatorCodes = q.indicator ?? [];
  if (q.format === "csv" || q.format === "xlsx") {
    const req = { cat, page, lang: q.lang, measure: q.measure, asOf, query: url.pathname + url.search, indicatorCodes };
    return q.format === "csv" ? observationsCsv(req, headers) : observationsXlsx(req, headers);
  }
  if (q.format === "jsonstat") {
    const body = observationsJsonStat({ cat, page, lang: q.lang, measure: q.measure, asOf, next });
    return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8", ...headers } });
  }
  const body: TObservationPage = {
    data: page.rows.map(serialiseObservation),
    paging: { limit, offset: page.offset, total: page.total, nextCursor: page.nextCursor, next },
    meta: observationMeta(cat, { asOf, measure: q.measure, rows: page.rows, indicatorCodes }),
  };
  return Response.json(body, { headers });
}
