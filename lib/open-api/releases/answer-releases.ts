import "server-only";
// GET /api/v1/releases: the calendar, past and upcoming. Titles, times, periods and the
// indicators covered; never a value, so an upcoming release discloses nothing.
import { publicPool } from "@/lib/db";
import { publicCached } from "@/lib/public/cache";
import { endOfShanghaiDay } from "../as-of";
import { findReleases, releaseStatus, type ReleaseRow } from "../catalogue/find-releases";
import { RELEASE_PARAMS } from "../params/param-help";
import { parseQuery } from "../params/parse-query";
import { RELEASE_LIST_PARAMS, ZReleasesQuery, type TReleasesQuery } from "../params/queries";
import type { PublicGetContext } from "../public-get";
import type { TRelease, TReleaseList } from "../schemas/release";

export function cachedReleases(): Promise<ReleaseRow[]> {
  return publicCached("api:releases", () => findReleases(publicPool()));
}

function matches(r: ReleaseRow, status: TRelease["status"], q: TReleasesQuery): boolean {
  if (q.status && status !== q.status) return false;
  if (q.indicator && !q.indicator.some((c) => r.indicators.includes(c))) return false;
  if (q.from && r.releaseAt < new Date(`${q.from}T00:00:00+08:00`)) return false;
  if (q.to && r.releaseAt > endOfShanghaiDay(q.to)) return false;
  return true;
}

export function serialiseRelease(r: ReleaseRow, status: TRelease["status"]): TRelease {
  return {
    id: r.id,
    titleZh: r.titleZh,
    titleEn: r.titleEn,
    period: r.period,
    releaseAt: r.releaseAt.toISOString(),
    status,
    indicators: r.indicators,
    moves: r.moves,
    isDemo: r.isDemo,
  };
}

export async function answerReleases({ url, epoch }: PublicGetContext): Promise<Response> {
  const q = parseQuery(url.searchParams, ZReleasesQuery, RELEASE_PARAMS, RELEASE_LIST_PARAMS);
  const rows = await cachedReleases();
  const data = rows.flatMap((r) => {
    const status = releaseStatus(r, epoch.at);
    return matches(r, status, q) ? [serialiseRelease(r, status)] : [];
  });
  const body: TReleaseList = { data };
  return Response.json(body);
}
