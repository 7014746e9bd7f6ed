// What a release of some batches would be called and which period it reports, read from the
// batches' own values (the reviewer's prefilled form, and releases named after the fact).
import type { Queryable } from "@/lib/db/queryable";
import { comparePeriods, mustParsePeriod } from "@/lib/period";
import { releasePeriodOf, suggestReleaseTitle, type ReleaseTitle, type TitleIndicator } from "./release-title";

export type PeriodChoice = ReleaseTitle & { period: string };
export type ReleaseSuggestion = { period: string; choices: PeriodChoice[] } & ReleaseTitle;

const SQL = `
SELECT DISTINCT o.indicator_id, o.period, i.name_zh, i.name_en, i.frequency::text AS frequency,
       i.measure_type::text AS measure_type, i.chapter::text AS chapter
FROM observation o JOIN indicator i ON i.id = o.indicator_id
WHERE o.batch_id = ANY($1::int[])`;

/** At most this many periods to choose from (a batch of history lists its latest ones). */
const MAX_CHOICES = 24;

/** The suggested period and title for releasing these batches, or null for batches without values. */
export async function suggestRelease(q: Queryable, batchIds: number[]): Promise<ReleaseSuggestion | null> {
  const { rows } = await q.query<{ indicator_id: number; period: string; name_zh: string; name_en: string; frequency: TitleIndicator["frequency"]; measure_type: string; chapter: TitleIndicator["chapter"] }>(SQL, [batchIds]);
  if (!rows.length) return null;
  const indicators = [...new Map(rows.map((r) => [r.indicator_id, { nameZh: r.name_zh, nameEn: r.name_en, frequency: r.frequency, measureType: r.measure_type, chapter: r.chapter }])).values()];
  const periods = [...new Set(rows.map((r) => r.period))].sort((a, b) => comparePeriods(mustParsePeriod(b), mustParsePeriod(a)));
  const period = releasePeriodOf(periods)!;
  const choices = periods.slice(0, MAX_CHOICES).map((p) => ({ period: p, ...suggestReleaseTitle(p, indicators) }));
  return { period, ...suggestReleaseTitle(period, indicators), choices };
}
