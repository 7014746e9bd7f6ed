// The bulletin's content for one quarter, from released values: the headline on the core
// industries, their structure, a section per chapter of the regulation, the districts, and
// the revision notes. Reuses the dashboard's measures so both say the same figures. A chapter
// states its main indicators only (select-lines.ts). Pure.
import { buildCoreSection, CORE_GDP_SHARE, type CoreSection } from "@/lib/dashboard/core-industries";
import { makeContext, growthIndicatorOf, seriesOf, type DashContext } from "@/lib/dashboard/context";
import { buildDistrictSection, type DistrictSection } from "@/lib/dashboard/districts";
import type { RegionRow } from "@/lib/dashboard/find-regions";
import { growthAt, latestAtOrBefore, type Growth } from "@/lib/dashboard/measures";
import { indexObservations, type DashObs } from "@/lib/dashboard/observations";
import { mustParsePeriod, periodLabel } from "@/lib/period";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { CHAPTERS, type ChapterKey } from "@/lib/reference/articles";
import { CITY_CODE } from "@/lib/reference/regions";
import type { OutlineEntry } from "./catalogue-outline";
import { chapterCandidates, newsAfter, pickChapterLines } from "./select-lines";
import { headlineText, indicatorSentence, structureText, type Lang } from "./text";

export type BulletinInput = {
  period: string;
  indicators: readonly PublicIndicator[];
  observations: readonly DashObs[];
  regions: readonly RegionRow[];
  /**
   * When `indicators` and `observations` are only those the bulletin shows (load-bulletin.ts):
   * the whole catalogue to choose lines from, and which of its indicators have a city figure
   * of the past year (newsAfter) at or before the quarter. By default the indicators are the
   * catalogue, and the observations say which have a recent figure.
   */
  catalogue?: readonly OutlineEntry[];
  recent?: ReadonlySet<number>;
};

export type BulletinLine = { indicator: PublicIndicator; period: string; value: string | null; growth: Growth | null; sentence: string };
/** `more`: the chapter's other indicators with a recent figure, left to the catalogue (本章另有 N 项). */
export type BulletinSection = { key: ChapterKey; no: number; from: number; to: number; name: string; lines: BulletinLine[]; more: number };
export type Revision = { indicator: PublicIndicator; period: string; value: string | null; previous: string | null; releasedAt: Date };

export type Bulletin = {
  period: string;
  periodLabel: string;
  headline: string;
  structure: string;
  core: CoreSection;
  districts: DistrictSection | null;
  sections: BulletinSection[];
  revisions: Revision[];
  shown: PublicIndicator[];
  isDemo: boolean;
};

const name = (i: { nameZh: string; nameEn: string }, lang: Lang) => (lang === "en" ? i.nameEn : i.nameZh);
const label = (period: string, lang: Lang, measureType?: string) => periodLabel(mustParsePeriod(period), lang, measureType === "CUMULATIVE" ? "ytd" : "period");

/** Whether the city has a figure of the past year for the indicator, withheld or not. */
function hasRecent(ctx: DashContext, id: number): boolean {
  const after = newsAfter(ctx.period);
  return seriesOf(ctx, id).some((p) => p.obs.periodEnd > after);
}

function line(ctx: DashContext, ind: PublicIndicator, lang: Lang): BulletinLine | null {
  const latest = latestAtOrBefore(seriesOf(ctx, ind.id));
  if (!latest || latest.obs.periodEnd <= newsAfter(ctx.period)) return null; // not news any more
  const g = growthInd(ctx, ind);
  const growth = growthAt(ind, seriesOf(ctx, ind.id), g, latest.period);
  const own = label(latest.period, lang, ind.measureType);
  const sentence = indicatorSentence(
    {
      name: name(ind, lang),
      measureType: ind.measureType,
      periodLabel: latest.period === ctx.period ? null : own,
      value: latest.value === null ? null : { value: latest.value, decimals: ind.decimals, unit: ind.unit },
      growth: growth && growth.unit === "%" ? { value: growth.value, computed: growth.source === "computed" } : null,
      points: growth && growth.unit === "pp" ? { value: growth.value, decimals: ind.decimals } : null,
    },
    lang,
  );
  return { indicator: ind, period: latest.period, value: latest.value, growth, sentence };
}

function growthInd(ctx: DashContext, ind: PublicIndicator) {
  const g = growthIndicatorOf(ctx, ind.id);
  return g ? seriesOf(ctx, g.id) : [];
}

function headline(ctx: DashContext, core: CoreSection, lang: Lang, periodText: string): string {
  const levels = seriesOf(ctx, core.total.id);
  const growth = growthAt(core.total, levels, growthInd(ctx, core.total), core.period);
  const share = core.gdpShare;
  const shareInd = ctx.indicators.find((i) => i.code === CORE_GDP_SHARE);
  const shareDecimals = shareInd?.decimals ?? 1;
  return headlineText(
    {
      periodLabel: periodText,
      value: core.value === null ? null : { value: core.value, decimals: core.total.decimals, unit: core.total.unit },
      growth: growth ? { value: growth.value, computed: growth.source === "computed" } : null,
      gdpShare: share
        ? { value: share.value, decimals: shareDecimals, computed: share.source === "computed", change: share.change === null ? null : { value: share.change, decimals: shareDecimals } }
        : null,
    },
    lang,
  );
}

/** Revised values (a newer vintage replaced an older one) among what the bulletin draws on. */
function revisions(ctx: DashContext, shown: readonly PublicIndicator[]): Revision[] {
  const from = newsAfter(ctx.period); // and the same quarter a year before: the base of the growth rates
  return shown.flatMap((ind) =>
    seriesOf(ctx, ind.id)
      .filter((p) => p.obs.previous && p.obs.periodEnd >= from)
      .map((p) => ({ indicator: ind, period: p.period, value: p.value, previous: p.obs.previous!.value, releasedAt: p.obs.releasedAt })),
  );
}

export function buildBulletin(input: BulletinInput, lang: Lang): Bulletin | null {
  const ctx = makeContext({ indicators: input.indicators, index: indexObservations(input.observations), period: input.period, region: CITY_CODE, targets: [] });
  const core = buildCoreSection(ctx);
  if (!core || core.period !== input.period) return null; // the quarter's core data is not released
  const periodText = label(input.period, lang, "CUMULATIVE");
  const recent = input.recent ? (i: OutlineEntry) => input.recent!.has(i.id) : (i: OutlineEntry) => hasRecent(ctx, i.id);
  const byId = new Map(input.indicators.map((i) => [i.id, i]));
  // an indicator whose metadata was not read is not shown (the loader reads those it chooses)
  const lineOf = (i: OutlineEntry) => {
    const ind = byId.get(i.id);
    return ind ? line(ctx, ind, lang) : null;
  };
  const sections = CHAPTERS.map((c) => ({
    key: c.key,
    no: c.no,
    from: c.from,
    to: c.to,
    name: lang === "en" ? c.en : c.zh,
    ...pickChapterLines(chapterCandidates(input.catalogue ?? input.indicators, c.key), recent, lineOf),
  }));
  const coreInds = [core.total, ...core.parts.map((p) => p.indicator), ...input.indicators.filter((i) => i.code === CORE_GDP_SHARE || i.growthOfId === core.total.id)];
  const shown = [...coreInds, ...sections.flatMap((s) => s.lines.map((l) => l.indicator))];
  // a set, not a scan of the shown list per observation: that grew with indicators × values
  const shownIds = new Set(shown.map((i) => i.id));
  const used = input.observations.filter((o) => o.periodEnd <= ctx.upTo && shownIds.has(o.indicatorId));
  return {
    period: input.period,
    periodLabel: periodText,
    headline: headline(ctx, core, lang, periodText),
    structure: structureText(core.parts.map((p) => ({ name: name(p.indicator, lang), value: p.value === null ? null : { value: p.value, decimals: p.indicator.decimals, unit: p.indicator.unit }, share: p.share })), lang),
    core,
    districts: buildDistrictSection(ctx, input.regions, core.total),
    sections,
    revisions: revisions(ctx, shown),
    shown,
    isDemo: used.some((o) => o.isDemo),
  };
}


