import "server-only";
// GET /api/v1/indicators and /api/v1/indicators/{code}: the catalogue with each indicator's
// latest released period; the single answer adds definitions, methodology notes, coverage
// and the next scheduled release.
import { createHash } from "node:crypto";
import { publicPool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publicCached } from "@/lib/public/cache";
import { perIndicatorCached } from "@/lib/public/per-indicator-cache";
import { cachedReleaseContents } from "@/lib/public/reference-data";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { findNextRelease } from "@/lib/releases/public-releases";
import { cachedApiCatalogue, type ApiCatalogue } from "../catalogue/load-catalogue";
import { findIndicatorNotes } from "../catalogue/find-indicator-notes";
import { INDICATOR_LIST_PARAMS } from "../params/param-help";
import { parseQuery } from "../params/parse-query";
import { ZIndicatorsQuery, ZNoQuery, type TIndicatorsQuery } from "../params/queries";
import type { PublicGetContext } from "../public-get";
import type { TIndicatorList } from "../schemas/indicator";
import { findLatestByIndicator } from "./latest-by-indicator";
import { serialiseIndicatorDetail, serialiseIndicatorSummary } from "./serialise-indicator";

/**
 * A page's indicators', kept across release times: after a release, only the page's indicators it
 * covers are read again. Per page, not the whole catalogue's: at 100× the data a release covers
 * 900 indicators, and reading them all again took 0.2 s of the first page after it (issue 21).
 */
function cachedLatest(page: readonly PublicIndicator[]) {
  const ids = page.map((i) => i.id);
  const key = `api:latest-by-indicator:${createHash("sha256").update(ids.join(",")).digest("base64url")}`;
  return publicCached(key, (epoch) =>
    perIndicatorCached(key, epoch.at, (changed) => findLatestByIndicator(publicPool(), epoch.at, changed ? among(changed, ids) : ids)),
  );
}

function among(changed: readonly number[], ids: readonly number[]): number[] {
  const mine = new Set(ids);
  return changed.filter((id) => mine.has(id));
}

/** One indicator's: its answer reads its own values, not the whole catalogue's. */
function cachedLatestOf(id: number) {
  return publicCached(`api:latest-by-indicator:${id}`, async (epoch) => (await findLatestByIndicator(publicPool(), epoch.at, [id])).get(id));
}

/** A category filter includes its sub-categories (01 matches 0101 and 010101). */
function matches(i: PublicIndicator, q: TIndicatorsQuery): boolean {
  if (q.chapter && i.chapter !== q.chapter) return false;
  if (q.category && !i.categoryCodes.some((c) => c.startsWith(q.category!))) return false;
  if (q.emerging && !i.emergingCodes.includes(q.emerging)) return false;
  return true;
}

/** A page of the catalogue (by default all of a city's), the next one linked from the body and a Link header. */
export async function answerIndicatorList({ url }: PublicGetContext): Promise<Response> {
  const q = parseQuery(url.searchParams, ZIndicatorsQuery, INDICATOR_LIST_PARAMS, []);
  const cat = await cachedApiCatalogue();
  const matching = cat.indicators.filter((i) => matches(i, q));
  const page = matching.slice(q.offset, q.offset + q.limit);
  const latest = await cachedLatest(page);
  let next: string | null = null;
  if (q.offset + q.limit < matching.length) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set("offset", String(q.offset + q.limit));
    next = nextUrl.pathname + nextUrl.search;
  }
  const body: TIndicatorList = {
    data: page.map((i) => serialiseIndicatorSummary(i, cat, latest.get(i.id))),
    paging: { limit: q.limit, offset: q.offset, total: matching.length, next },
  };
  return Response.json(body, next ? { headers: { Link: `<${next}>; rel="next"` } } : undefined);
}

function mustFind(cat: ApiCatalogue, code: string): PublicIndicator {
  const i = cat.byCode.get(code);
  if (!i) throw new AppError("NOT_FOUND", `未知指标：${code}`, `Unknown indicator: ${code}`);
  return i;
}

export async function answerIndicator({ url }: PublicGetContext, code: string): Promise<Response> {
  parseQuery(url.searchParams, ZNoQuery, {}, []);
  const cat = await cachedApiCatalogue();
  const i = mustFind(cat, code);
  const [latest, extra, nextRelease] = await Promise.all([
    cachedLatestOf(i.id),
    findIndicatorNotes(publicPool(), i.id),
    publicCached(`api:next-release:${i.id}`, (e) => findNextRelease(publicPool(), i.id, e.at, cachedReleaseContents)),
  ]);
  return Response.json(serialiseIndicatorDetail(i, cat, { latest, ...extra, nextRelease }));
}
