// Which indicators the bulletin states. Like a statistics bureau's 公报 it gives each chapter's
// main indicators, not the catalogue: a province's catalogue of thousands would otherwise print
// thousands of lines nobody reads (issue 21), and the loader reads values only for what is
// shown. The catalogue, filtered to the chapter, lists the rest. Pure.
import { CORE_GDP_SHARE, CORE_TOTAL } from "@/lib/dashboard/core-industries";
import { isoDate, mustParsePeriod, periodEnd, samePeriodLastYear } from "@/lib/period";
import type { OutlineEntry } from "./catalogue-outline";

/** At most this many lines per chapter: the demo's largest chapter (数字产业化, 14 lines) prints whole. */
export const LINES_PER_CHAPTER = 15;

/**
 * A figure more than a year older than the quarter is not news any more: a line states a
 * figure of a period ending after this day (the end of the same quarter a year before).
 */
export function newsAfter(period: string): string {
  return isoDate(periodEnd(samePeriodLastYear(mustParsePeriod(period))));
}

/** The indicators the headline covers: the core total, its parts, its growth and its share of GDP. */
export function headlineIndicators<T extends OutlineEntry>(indicators: readonly T[]): T[] {
  const total = indicators.find((i) => i.code === CORE_TOTAL);
  return indicators.filter((i) => i.code === CORE_TOTAL || i.code === CORE_GDP_SHARE || (!!total && (i.partOfId === total.id || i.growthOfId === total.id)));
}

/** What the core section reads: the headline's indicators, and GDP for a share computed from it (core-industries.ts). */
export function coreIndicators<T extends OutlineEntry>(indicators: readonly T[]): T[] {
  return [...headlineIndicators(indicators), ...indicators.filter((i) => i.code === "GDP")];
}

/**
 * A chapter's candidate lines, in catalogue order: active indicators the headline does not
 * already state; a published growth rate is said with its level, not on a line of its own.
 */
export function chapterCandidates<T extends OutlineEntry>(indicators: readonly T[], chapter: string): T[] {
  const headline = new Set(headlineIndicators(indicators).map((i) => i.id));
  return indicators.filter((i) => i.chapter === chapter && !i.retired && !headline.has(i.id) && !(i.measureType === "GROWTH" && i.growthOfId !== null));
}

/** The order in which lines are chosen: headline indicators (isHeadline) first, then catalogue order. */
export function inChoiceOrder<T extends Pick<OutlineEntry, "isHeadline">>(candidates: readonly T[]): T[] {
  return [...candidates.filter((i) => i.isHeadline), ...candidates.filter((i) => !i.isHeadline)];
}

export type ChapterPick<L> = { lines: L[]; more: number };

/**
 * A chapter's lines: in the order of choice, the candidates with a figure of the past year
 * (`recent`) give lines until there are `cap`, printed in catalogue order. `more` counts the
 * candidates with such a figure that were not reached (本章另有 N 项). A candidate whose recent
 * figures are all withheld gives no line (`lineOf` is null) and is not counted.
 */
export function pickChapterLines<T extends Pick<OutlineEntry, "isHeadline">, L>(
  candidates: readonly T[],
  recent: (i: T) => boolean,
  lineOf: (i: T) => L | null,
  cap = LINES_PER_CHAPTER,
): ChapterPick<L> {
  const at = new Map(candidates.map((c, n) => [c, n]));
  const chosen: { n: number; line: L }[] = [];
  let more = 0;
  for (const i of inChoiceOrder(candidates)) {
    if (!recent(i)) continue;
    if (chosen.length >= cap) {
      more++;
      continue;
    }
    const line = lineOf(i);
    if (line !== null) chosen.push({ n: at.get(i)!, line });
  }
  return { lines: chosen.sort((a, b) => a.n - b.n).map((c) => c.line), more };
}
