// Chapter view: for each chapter of the regulation (arts. 8–32) its indicators, each with a
// status. The trend comes from lib/targets' indicatorStatus (latest vs the same period last
// year, read through higher-is-better); lateness comes from findLateIndicators and overrides
// the trend, so a stale figure never looks "improving".
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { CHAPTERS, type ChapterKey } from "@/lib/reference/articles";
import { indicatorStatus } from "@/lib/targets/indicator-status";
import { seriesOf, type DashContext } from "./context";
import type { LateIndicator } from "./late-indicators";

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
export type ChapterGroup = { key: ChapterKey; no: number; from: number; to: number; zh: string; en: string; items: ChapterItem[] };

export function chapterItem(ctx: DashContext, ind: PublicIndicator, late: ReadonlyMap<number, LateIndicator>): ChapterItem {
  const series = seriesOf(ctx, ind.id);
  const lateness = late.get(ind.id) ?? null;
  if (!series.some((p) => p.value !== null)) return { indicator: ind, status: "no-data", trend: null, latestPeriod: null, changePct: null, late: lateness };
  const s = indicatorStatus(series, { higherIsBetter: ind.higherIsBetter });
  return { indicator: ind, status: lateness ? "late" : s.status, trend: s.trend, latestPeriod: s.latestPeriod, changePct: s.changePct, late: lateness };
}

export function buildChapters(ctx: DashContext, late: readonly LateIndicator[]): ChapterGroup[] {
  const lateById = new Map(late.map((l) => [l.indicatorId, l]));
  return CHAPTERS.map((c) => ({
    ...c,
    items: ctx.indicators.filter((i) => i.chapter === c.key && !i.retired).map((i) => chapterItem(ctx, i, lateById)),
  }));
}
