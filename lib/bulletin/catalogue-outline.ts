// The catalogue as the bulletin chooses its lines from it: what places an indicator (chapter,
// order, headline, growth rate or part of another) and whether the area has a figure of the
// past year for it, none of its texts and none of its values. A province's catalogue of
// thousands is a few columns a row here; the full metadata and the values are read for the
// indicators shown only (issue 21).
import type { Queryable } from "@/lib/db/queryable";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { releasedBy, VISIBLE_FROM } from "@/lib/public/visible-observations";

export type OutlineEntry = Pick<PublicIndicator, "id" | "code" | "chapter" | "measureType" | "growthOfId" | "partOfId" | "isHeadline" | "retired">;

/** `recent`: the area has a visible value of it for a period ending in (after, upTo]. */
export type BulletinOutlineEntry = OutlineEntry & { recent: boolean };

export type OutlineFilter = {
  asOf: Date;
  regionCode: string;
  /** periods ending after this day (YYYY-MM-DD) … */
  after: string;
  /** … and on or before this one */
  upTo: string;
};

// A withheld value counts: its 不公开 mark is public, and whether it gives a line is decided
// with the values (build-bulletin's line). One walk down the period index per active indicator
// of a chapter (where a line could be) that stops at its first row in the area: as a semi-join
// the planner scanned the whole observation table.
export const BULLETIN_OUTLINE_SQL = `
SELECT i.id, i.code, i.chapter, i.measure_type, i.growth_of_id, i.part_of_id, i.is_headline,
       i.retired_at IS NOT NULL AS retired, l.found IS NOT NULL AS recent
FROM indicator i
LEFT JOIN LATERAL (
  SELECT true AS found FROM ${VISIBLE_FROM}
  WHERE i.chapter IS NOT NULL AND i.retired_at IS NULL
    AND o.indicator_id = i.id AND o.period_end > $3::date AND o.period_end <= $4::date AND o.region_code = $2 AND ${releasedBy("$1")}
  ORDER BY o.period_end DESC LIMIT 1
) l ON true
ORDER BY i.sort_order, i.code`;

/** Every indicator, in catalogue order (sort order, code) as findPublicIndicators gives them. */
export async function findBulletinOutline(q: Queryable, f: OutlineFilter): Promise<BulletinOutlineEntry[]> {
  const { rows } = await q.query(BULLETIN_OUTLINE_SQL, [f.asOf, f.regionCode, f.after, f.upTo]);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    chapter: r.chapter,
    measureType: r.measure_type,
    growthOfId: r.growth_of_id,
    partOfId: r.part_of_id,
    isHeadline: r.is_headline,
    retired: r.retired,
    recent: r.recent,
  }));
}
