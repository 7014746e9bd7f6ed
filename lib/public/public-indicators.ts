// The public catalogue: indicator metadata is public from the moment an indicator exists;
// its values are not (see visible-observations.ts).
import type { Queryable } from "@/lib/db/queryable";

export type PublicIndicator = {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  frequency: "MONTH" | "QUARTER" | "YEAR";
  measureType: "CUMULATIVE" | "PERIOD" | "STOCK" | "RATE" | "GROWTH";
  decimals: number;
  chapter: string | null;
  articleRef: string;
  articles: number[];
  /** Public metadata in Chinese and English (the staff-only internal notes are never read here). */
  definition: string | null;
  definitionEn: string | null;
  methodNotes: string | null;
  methodNotesEn: string | null;
  sourceNote: string | null;
  sourceNoteEn: string | null;
  higherIsBetter: boolean;
  growthOfId: number | null;
  partOfId: number | null;
  isHeadline: boolean;
  retired: boolean;
  /** when it stopped being collected (its released data stays public) */
  retiredAt: Date | null;
  categoryCodes: string[];
  emergingCodes: string[];
  departmentCode: string | null;
};

const SQL = `
SELECT i.id, i.code, i.name_zh, i.name_en, i.unit, i.frequency, i.measure_type, i.decimals, i.chapter,
       i.article_ref, i.articles, i.definition, i.definition_en, i.method_notes, i.method_notes_en, i.source_note, i.source_note_en,
       i.higher_is_better, i.growth_of_id,
       i.part_of_id, i.is_headline, i.retired_at, d.code AS department_code,
       COALESCE((SELECT array_agg(c.category_code ORDER BY c.category_code) FROM indicator_category c WHERE c.indicator_id = i.id), '{}') AS category_codes,
       COALESCE((SELECT array_agg(e.emerging_code ORDER BY e.emerging_code) FROM indicator_emerging e WHERE e.indicator_id = i.id), '{}') AS emerging_codes
FROM indicator i LEFT JOIN department d ON d.id = i.department_id
WHERE ($1::text[] IS NULL OR i.code = ANY($1)
       OR ($2 AND (i.part_of_id IN (SELECT x.id FROM indicator x WHERE x.code = ANY($1))
                   OR i.growth_of_id IN (SELECT x.id FROM indicator x WHERE x.code = ANY($1)))))
  AND (NOT $3 OR EXISTS (SELECT 1 FROM indicator_emerging e WHERE e.indicator_id = i.id))
  AND ($6::int[] IS NULL OR i.id = ANY($6))
ORDER BY i.sort_order, i.code
OFFSET $4 LIMIT $5`;

/**
 * Part of the catalogue, for a page that shows only that part (the home page's core figures
 * and emerging panel): reading all of it grows with the catalogue, not with the page (issue 21).
 * `codes`: these indicators, and with `withParts` also their parts and growth rates;
 * `emerging`: only those tagged with an emerging industry (Article 19).
 */
export type IndicatorSelection = {
  codes?: readonly string[];
  withParts?: boolean;
  emerging?: boolean;
  /** a slice of the catalogue in its order (a sitemap page) */
  page?: { offset: number; limit: number };
  /** only these indicators (the levels a page's growth rates refer to) */
  ids?: readonly number[];
};

/** How many indicators the catalogue has (retired ones too), without reading them. */
export async function countIndicators(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>("SELECT count(*)::int AS n FROM indicator");
  return rows[0].n;
}

export async function findPublicIndicators(q: Queryable, sel: IndicatorSelection = {}): Promise<PublicIndicator[]> {
  const { rows } = await q.query(SQL, [
    sel.codes ? [...sel.codes] : null,
    sel.withParts ?? false,
    sel.emerging ?? false,
    sel.page?.offset ?? 0,
    sel.page?.limit ?? null,
    sel.ids ? [...sel.ids] : null,
  ]);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    unit: r.unit,
    frequency: r.frequency,
    measureType: r.measure_type,
    decimals: r.decimals,
    chapter: r.chapter,
    articleRef: r.article_ref,
    articles: r.articles,
    definition: r.definition,
    definitionEn: r.definition_en,
    methodNotes: r.method_notes,
    methodNotesEn: r.method_notes_en,
    sourceNote: r.source_note,
    sourceNoteEn: r.source_note_en,
    higherIsBetter: r.higher_is_better,
    growthOfId: r.growth_of_id,
    partOfId: r.part_of_id,
    isHeadline: r.is_headline,
    retired: r.retired_at !== null,
    retiredAt: r.retired_at,
    categoryCodes: r.category_codes,
    emergingCodes: r.emerging_codes,
    departmentCode: r.department_code,
  }));
}
