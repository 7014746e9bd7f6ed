import "server-only";
// Reads a quarter's bulletin from released data only: through the public visibility rule, as
// of the visibility epoch, cached per epoch (the bulletin is public, Article 5). It reads the
// metadata and values of what it shows only: a chapter's lines are chosen from the catalogue's
// outline, which says which indicators have a recent figure without reading values, so the
// reads follow the bulletin's bounded length, not the catalogue (issue 21).
import { publicPool } from "@/lib/db";
import { CORE_TOTAL } from "@/lib/dashboard/core-industries";
import { findRegions } from "@/lib/dashboard/find-regions";
import { fromPublic } from "@/lib/dashboard/observations";
import { isoDate, mustParsePeriod, parsePeriodCode, periodEnd } from "@/lib/period";
import { publicCached } from "@/lib/public/cache";
import { findPublicIndicators, type PublicIndicator } from "@/lib/public/public-indicators";
import { findVisibleObservations, type PublicObservation } from "@/lib/public/visible-observations";
import { CHAPTERS } from "@/lib/reference/articles";
import { CITY_CODE } from "@/lib/reference/regions";
import { buildBulletin, type Bulletin } from "./build-bulletin";
import { findBulletinOutline, type OutlineEntry } from "./catalogue-outline";
import { chapterCandidates, coreIndicators, inChoiceOrder, LINES_PER_CHAPTER, newsAfter } from "./select-lines";
import type { Lang } from "./text";

/** "2025Q3" only: bulletins follow the bureau's quarterly cycle. */
export function isBulletinPeriod(period: string): boolean {
  return parsePeriodCode(period)?.freq === "QUARTER";
}

export async function loadBulletin(period: string, lang: Lang): Promise<{ bulletin: Bulletin; releasedAt: Date } | null> {
  if (!isBulletinPeriod(period)) return null;
  return publicCached(`bulletin:${period}:${lang}`, async (epoch) => {
    const [catalogue, regions] = await Promise.all([
      findBulletinOutline(publicPool(), { asOf: epoch.at, regionCode: CITY_CODE, after: newsAfter(period), upTo: isoDate(periodEnd(mustParsePeriod(period))) }),
      findRegions(),
    ]);
    const recent = new Set(catalogue.filter((i) => i.recent).map((i) => i.id));
    const read = reader(catalogue, period, epoch.at);
    // each chapter's candidates with a recent figure, in the order of choice; the first
    // LINES_PER_CHAPTER are read. A choice whose recent figures are all withheld gives no
    // line: then the chapter's next choices are read, until it is full or has none left.
    const chapters = CHAPTERS.map((c) => ({ choices: inChoiceOrder(chapterCandidates(catalogue, c.key)).filter((i) => recent.has(i.id)), reading: LINES_PER_CHAPTER }));
    for (;;) {
      const { indicators, observations } = await read([...coreIndicators(catalogue), ...chapters.flatMap((c) => c.choices.slice(0, c.reading))]);
      const bulletin = buildBulletin({ period, indicators, catalogue, recent, observations: observations.map(fromPublic), regions }, lang);
      if (!bulletin) return null;
      let complete = true;
      bulletin.sections.forEach((s, n) => {
        if (s.lines.length < LINES_PER_CHAPTER && chapters[n].reading < chapters[n].choices.length) {
          chapters[n].reading += LINES_PER_CHAPTER - s.lines.length;
          complete = false;
        }
      });
      if (complete) return { bulletin, releasedAt: epoch.lastReleaseAt ?? epoch.at };
    }
  });
}

/**
 * What the bulletin reads of the indicators it may show, accumulated over calls: their full
 * metadata, and two years of values (last year's bases and the trend's eight quarters): the
 * city's, with their growth rates', and the districts' for the core total and its growth (the
 * district section); every district value of every indicator grew with the table.
 */
function reader(catalogue: readonly OutlineEntry[], period: string, asOf: Date) {
  const range = { asOf, from: String(Number(period.slice(0, 4)) - 2), to: period };
  const order = new Map(catalogue.map((i, n) => [i.id, n]));
  const indicators = new Map<number, PublicIndicator>();
  const valuesRead = new Set<number>();
  const city: PublicObservation[] = [];
  const total = catalogue.find((i) => i.code === CORE_TOTAL);
  const districtIds = total ? catalogue.filter((i) => i.id === total.id || i.growthOfId === total.id).map((i) => i.id) : [];
  let districts: Promise<PublicObservation[]> | null = null; // read once, with the first call's reads
  const readDistricts = () =>
    (districts ??= districtIds.length
      ? findVisibleObservations(publicPool(), { ...range, indicatorIds: districtIds }).then((all) => all.filter((o) => o.regionCode !== CITY_CODE))
      : Promise.resolve([]));

  return async (wanted: readonly OutlineEntry[]) => {
    const codes = wanted.filter((i) => !indicators.has(i.id)).map((i) => i.code);
    // with the values of any growth rate of one wanted (a superset of those a line states)
    const wantedIds = new Set(wanted.map((i) => i.id));
    const ids = catalogue.filter((i) => (wantedIds.has(i.id) || (i.growthOfId !== null && wantedIds.has(i.growthOfId))) && !valuesRead.has(i.id)).map((i) => i.id);
    ids.forEach((id) => valuesRead.add(id));
    // (an empty list would read every indicator)
    const [meta, values, inDistricts] = await Promise.all([
      codes.length ? findPublicIndicators(publicPool(), { codes, withParts: true }) : [],
      ids.length ? findVisibleObservations(publicPool(), { ...range, regionCodes: [CITY_CODE], indicatorIds: ids }) : [],
      readDistricts(),
    ]);
    meta.forEach((i) => indicators.set(i.id, i));
    city.push(...values);
    return { indicators: [...indicators.values()].sort((a, b) => order.get(a.id)! - order.get(b.id)!), observations: [...city, ...inDistricts] };
  };
}
