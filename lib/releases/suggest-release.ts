// What a release of some batches would be called and which period it reports, read from the
// batches' own values (the reviewer's prefilled form, and releases named after the fact).
import type { Queryable } from "@/lib/db/queryable";
import { comparePeriods, mustParsePeriod } from "@/lib/period";
import { releasePeriodOf, suggestReleaseTitle, type ReleaseTitle, type TitleIndicator } from "./release-title";

export type PeriodChoice = ReleaseTitle & { period: string };
export type ReleaseSuggestion = { period: string; choices: PeriodChoice[] } & ReleaseTitle;

// the batch's keys first, each indicator named by its key (OFFSET 0 keeps the lookup per
// indicator rather than a hash of the whole catalogue, 5,700 indicators at 100×)
const SQL = `
SELECT k.indicator_id, k.period, i.name_zh, i.name_en, i.frequency::text AS frequency,
       i.measure_type::text AS measure_type, i.chapter::text AS chapter
FROM (SELECT DISTINCT indicator_id, period FROM observation WHERE batch_id = ANY($1::int[])) k
CROSS JOIN LATERAL (SELECT name_zh, name_en, frequency, measure_type, chapter FROM indicator WHERE id = k.indicator_id OFFSET 0) i`;

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
