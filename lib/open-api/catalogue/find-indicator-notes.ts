// Per-indicator metadata that only the one-indicator answer shows: dated methodology notes
// (table methodology_note) and the regions the indicator is reported for.
import type { Queryable } from "@/lib/db/queryable";

export type MethodologyNoteRow = { effectiveAt: Date; textZh: string; textEn: string | null };

export async function findIndicatorNotes(q: Queryable, indicatorId: number): Promise<{ notes: MethodologyNoteRow[]; regions: string[] }> {
  const [notes, regions] = await Promise.all([
    q.query<MethodologyNoteRow>(
      `SELECT effective_at AS "effectiveAt", text_zh AS "textZh", text_en AS "textEn" FROM methodology_note WHERE indicator_id = $1 ORDER BY effective_at, id`,
      [indicatorId],
    ),
    q.query<{ code: string }>(
      `SELECT ir.region_code AS code FROM indicator_region ir JOIN region r ON r.code = ir.region_code WHERE ir.indicator_id = $1 ORDER BY r.sort_order`,
      [indicatorId],
    ),
  ]);
  return { notes: notes.rows, regions: regions.rows.map((r) => r.code) };
}
