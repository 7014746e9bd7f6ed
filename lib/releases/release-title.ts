// The title and data period a release is announced under, suggested from the data it carries,
// in the style of the NBS release calendar ("2025年前三季度沈阳市数字经济核心产业主要指标").
// Used to prefill the reviewer's form and to name releases created before titles were asked
// for, so that the public calendar never shows a batch number. Pure.
import { CHAPTERS, type ChapterKey } from "@/lib/reference/articles";
import { comparePeriods, mustParsePeriod, parsePeriodCode, periodCode, periodLabelEn, periodLabelZh, type Period } from "@/lib/period";
import { beijingDate } from "@/lib/schedule/clock";
import { dueRuleOf, type ScheduleIndicator } from "@/lib/schedule/periods";
import { expectedLatestPeriodCode } from "@/lib/targets/dates";

export type TitleIndicator = {
  nameZh: string;
  nameEn: string;
  frequency: Period["freq"];
  measureType: string;
  chapter: ChapterKey | null;
};

export type ReleaseTitle = { titleZh: string; titleEn: string };

// The monitor is Shenyang's; the demo calendar names releases the same way.
const CITY = { zh: "沈阳市", en: "Shenyang" };

/** The period a release reports: the latest of its data (a year before its quarters ending the same day). */
export function releasePeriodOf(periods: string[]): string | null {
  const parsed = periods.map(parsePeriodCode).filter((p): p is Period => p !== null);
  if (!parsed.length) return null;
  return periodCode(parsed.reduce((a, b) => (comparePeriods(b, a) > 0 ? b : a)));
}

/**
 * The period a release of these indicators at `releaseAt` reports when nobody said: the latest
 * of their periods whose returns are due before the release day (null without indicators).
 */
export function periodBeforeRelease(indicators: ScheduleIndicator[], releaseAt: Date): string | null {
  const day = beijingDate(releaseAt);
  return releasePeriodOf(indicators.map((i) => expectedLatestPeriodCode(dueRuleOf(i), day)));
}

// Year-to-date figures are announced by the span they cover (2025年前三季度, 2025年1—9月).
const ytd = (p: Period, inds: TitleIndicator[]) =>
  inds.some((i) => i.frequency === p.freq && (i.measureType === "CUMULATIVE" || i.measureType === "GROWTH"));

function subject(inds: TitleIndicator[]): { zh: string; en: string } {
  const chapters = new Set(inds.map((i) => i.chapter));
  const only = chapters.size === 1 ? [...chapters][0] : null;
  // 数字产业化 is what the NBS classification counts as the core industries
  if (only === "INDUSTRIALIZATION") return { zh: "数字经济核心产业", en: "digital-economy core industries" };
  const ch = CHAPTERS.find((c) => c.key === only);
  return ch ? { zh: ch.zh, en: ch.en.toLowerCase() } : { zh: "数字经济", en: "digital economy" };
}

/** A title for a release of these indicators for `period`. */
export function suggestReleaseTitle(period: string, indicators: TitleIndicator[]): ReleaseTitle {
  const p = mustParsePeriod(period);
  const style = ytd(p, indicators) ? "ytd" : "period";
  const zh = periodLabelZh(p, style);
  const en = periodLabelEn(p, style);
  const distinct = [...new Map(indicators.map((i) => [i.nameZh, i])).values()];
  if (distinct.length === 1) {
    return { titleZh: `${zh}${CITY.zh}${distinct[0].nameZh}`, titleEn: `${CITY.en}: ${distinct[0].nameEn}, ${en}` };
  }
  const s = subject(distinct);
  return { titleZh: `${zh}${CITY.zh}${s.zh}主要指标`, titleEn: `${CITY.en} ${s.en}: main indicators, ${en}` };
}

/** Titles created automatically before releases were named ("批次 90 数据发布"). */
export function isPlaceholderTitle(titleZh: string): boolean {
  return /^批次\s*\d+\s*数据发布$/.test(titleZh.trim());
}
