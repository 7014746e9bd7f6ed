// Dated methodology notes of one indicator, oldest first: what the public indicator page and
// the admin's edit page list. Notes are only ever added, never edited, so the history of what
// each release meant stays readable.
import type { Queryable } from "@/lib/db/queryable";

export type MethodologyNoteRow = { id: number; effectiveAt: Date; textZh: string; textEn: string | null };

export async function findMethodologyNotes(q: Queryable, indicatorCode: string): Promise<MethodologyNoteRow[]> {
  const { rows } = await q.query<MethodologyNoteRow>(
    `SELECT n.id, n.effective_at AS "effectiveAt", n.text_zh AS "textZh", n.text_en AS "textEn"
     FROM methodology_note n JOIN indicator i ON i.id = n.indicator_id
     WHERE i.code = $1 ORDER BY n.effective_at, n.id`,
    [indicatorCode],
  );
  return rows;
}
