// Chapter view: for each chapter of the regulation (arts. 8–32) its indicators, each with a
// status. The trend comes from lib/targets' indicatorStatus (latest vs the same period last
// year, read through higher-is-better); lateness comes from findLateIndicators and overrides
// the trend, so a stale figure never looks "improving".
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { CHAPTERS, type ChapterKey } from "@/lib/reference/articles";
import { indicatorStatus } from "@/lib/targets/indicator-status";
import { seriesOf, type DashContext } from "./context";
import { derivedOnce, type SeriesPoint } from "./observations";
import type { LateIndicator } from "./late-indicators";
import { attentionFirst } from "./page-lists";

export type ChapterStatus = "improving" | "worsening" | "stable" | "late" | "unknown" | "no-data";

export type ChapterItem = {
  indicator: PublicIndicator;
  status: ChapterStatus;
  /** The trend even when the status is "late", so the page can still show it. */
  trend: "improving" | "worsening" | "stable" | null;
  latestPeriod: string | null;
  changePct: string | null;
  late: LateIndicator | null;
};
/**
 * Each chapter lists at most this many indicators, those that need attention (late, worsening)
 * first, with a count of every status: at a province's scale a chapter holds hundreds, and the
 * panel listing them all was most of the dashboard's cost (issue 21). The demo's largest
 * chapter (23) is listed whole.
 */
export const CHAPTER_SHOWN = 25;

export type ChapterGroup = {
  key: ChapterKey;
  no: number;
  from: number;
  to: number;
  zh: string;
  en: string;
  /** the listed ones, in catalogue order */
  items: ChapterItem[];
  /** how many of the chapter's indicators have each status (all of them, listed or not) */
  counts: Record<ChapterStatus, number>;
  total: number;
};

const ATTENTION: ReadonlySet<ChapterStatus> = new Set(["late", "worsening"]);

/** The items a chapter lists: late and worsening ones first, then the rest, in catalogue order. */
export function listedItems(items: readonly ChapterItem[], max = CHAPTER_SHOWN): ChapterItem[] {
  return attentionFirst(items, (i) => ATTENTION.has(i.status), max);
}

function countStatuses(items: readonly ChapterItem[]): Record<ChapterStatus, number> {
  const counts: Record<ChapterStatus, number> = { improving: 0, worsening: 0, stable: 0, late: 0, unknown: 0, "no-data": 0 };
  for (const i of items) counts[i.status]++;
  return counts;
}

/** A lateness by its content (each view reads the overdue items anew), for derivedOnce. */
export const lateKey = (l: LateIndicator | null | undefined) => (l ? `${l.expectedPeriod}|${l.latestPeriod}|${l.daysOverdue}` : "");

export function chapterItem(ctx: DashContext, ind: PublicIndicator, late: ReadonlyMap<number, LateIndicator>): ChapterItem {
  const series = seriesOf(ctx, ind.id);
  const lateness = late.get(ind.id) ?? null;
  return derivedOnce(series, "chapter", [ind, lateKey(lateness)], () => deriveItem(series, ind, lateness));
}

function deriveItem(series: readonly SeriesPoint[], ind: PublicIndicator, lateness: LateIndicator | null): ChapterItem {
  if (!series.some((p) => p.value !== null)) return { indicator: ind, status: "no-data", trend: null, latestPeriod: null, changePct: null, late: lateness };
  const s = indicatorStatus(series, { higherIsBetter: ind.higherIsBetter });
  return { indicator: ind, status: lateness ? "late" : s.status, trend: s.trend, latestPeriod: s.latestPeriod, changePct: s.changePct, late: lateness };
}

export function buildChapters(ctx: DashContext, late: readonly LateIndicator[]): ChapterGroup[] {
  const lateById = new Map(late.map((l) => [l.indicatorId, l]));
  return CHAPTERS.map((c) => {
    const all = ctx.indicators.filter((i) => i.chapter === c.key && !i.retired).map((i) => chapterItem(ctx, i, lateById));
    return { ...c, items: listedItems(all), counts: countStatuses(all), total: all.length };
  });
}
