// What each release did to one indicator, for its Atom feed: the periods it published and the
// values it revised. A release is matched to values by its release time; a value that was later
// revised is found through the `previous` vintage of the value that replaced it. Pure.
import { comparePeriods, mustParsePeriod } from "@/lib/period";
import type { PublicObservation } from "./visible-observations";

export type FeedRelease = { id: number; releaseAt: Date };
export type FeedRow = Pick<PublicObservation, "regionCode" | "period" | "value" | "releasedAt" | "previous">;
export type FeedItem<R extends FeedRelease> = {
  release: R;
  /** periods whose values this release published (oldest first) */
  periods: string[];
  /** the region's values this release revised: what they were and what they became */
  revisions: { period: string; from: string | null; to: string | null }[];
};

const sameTime = (a: Date, b: Date) => a.getTime() === b.getTime();
const byPeriod = (a: string, b: string) => comparePeriods(mustParsePeriod(a), mustParsePeriod(b));

/** One item per release, newest first; `region` is the unit whose revisions are spelled out. */
export function feedItems<R extends FeedRelease>(releases: readonly R[], rows: readonly FeedRow[], region: string): FeedItem<R>[] {
  return [...releases]
    .sort((a, b) => b.releaseAt.getTime() - a.releaseAt.getTime() || b.id - a.id)
    .map((release) => {
      const current = rows.filter((r) => sameTime(r.releasedAt, release.releaseAt));
      const superseded = rows.filter((r) => r.previous && sameTime(r.previous.releasedAt, release.releaseAt));
      const periods = [...new Set([...current, ...superseded].map((r) => r.period))].sort(byPeriod);
      const revisions = current
        .filter((r) => r.regionCode === region && r.previous)
        .sort((a, b) => byPeriod(a.period, b.period))
        .map((r) => ({ period: r.period, from: r.previous!.value, to: r.value }));
      return { release, periods, revisions };
    });
}
