import "server-only";
// Everything public about one indicator, read once per visibility epoch: the catalogue entry,
// every released value (all regions, all periods) with its published growth rate, the dated
// methodology notes and its releases. The page's views are computed from this per request.
import { publicPool } from "@/lib/db";
import type { Queryable } from "@/lib/db/queryable";
import { findPublicReleases, type PublicRelease } from "@/lib/releases/public-releases";
import { publicCached } from "./cache";
import type { PublicIndicator } from "./public-indicators";
import { cachedIndicators, cachedReleaseContents } from "./reference-data";
import { findVisibleObservations, type PublicObservation } from "./visible-observations";

export type MethodologyNote = { effectiveAt: Date; textZh: string; textEn: string | null };

export type IndicatorData = {
  indicator: PublicIndicator;
  /** the published growth rate of this indicator (DE002 for DE001), if any */
  growthIndicator: PublicIndicator | null;
  /** for a growth rate, the level it is the growth of */
  levelIndicator: PublicIndicator | null;
  levels: PublicObservation[];
  growthRates: PublicObservation[];
  notes: MethodologyNote[];
  released: PublicRelease[];
  nextRelease: PublicRelease | null;
  lastUpdate: Date | null;
};

const NOTES_SQL = `SELECT effective_at AS "effectiveAt", text_zh AS "textZh", text_en AS "textEn"
FROM methodology_note WHERE indicator_id = $1 ORDER BY effective_at DESC, id DESC`;

async function loadIndicatorData(q: Queryable, all: PublicIndicator[], code: string, asOf: Date): Promise<IndicatorData | null> {
  const indicator = all.find((i) => i.code === code);
  if (!indicator) return null;
  const growthIndicator = all.find((i) => i.growthOfId === indicator.id) ?? null;
  const levelIndicator = all.find((i) => i.id === indicator.growthOfId) ?? null;
  const ids = [indicator.id, ...(growthIndicator ? [growthIndicator.id] : [])];
  const [obs, notes, releases] = await Promise.all([
    findVisibleObservations(q, { indicatorIds: ids, asOf }),
    q.query<MethodologyNote>(NOTES_SQL, [indicator.id]), // public when written, even ahead of its date
    findPublicReleases(q, { asOf, indicatorId: indicator.id, contents: cachedReleaseContents }),
  ]);
  const levels = obs.filter((o) => o.indicatorId === indicator.id);
  const released = releases.filter((r) => r.released);
  return {
    indicator,
    growthIndicator,
    levelIndicator,
    levels,
    growthRates: obs.filter((o) => o.indicatorId === growthIndicator?.id),
    notes: notes.rows,
    released,
    nextRelease: releases.filter((r) => !r.released).at(-1) ?? null, // newest first: the last unreleased is the next
    lastUpdate: levels.reduce<Date | null>((max, o) => (!max || o.releasedAt > max ? o.releasedAt : max), null),
  };
}

export async function getIndicatorData(code: string): Promise<IndicatorData | null> {
  const all = await cachedIndicators();
  if (!all.some((i) => i.code === code)) return null; // unknown codes never reach the cache
  return publicCached(`indicator:${code}`, (epoch) => loadIndicatorData(publicPool(), all, code, epoch.at));
}
