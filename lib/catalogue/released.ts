// Which indicators already have public data. The predicate is the visibility rule of
// lib/public/visible-observations.ts (approved batch, release not cancelled, release time at
// or before the moment), written as EXISTS because the catalogue only asks "any value at all?"
// and must not rank every vintage to learn it. released.db.test.ts checks the two agree.
import type { Tx } from "@/lib/audit/write-audit";
import type { Db } from "@/lib/db/prisma";

const RELEASED = `
SELECT i.code FROM indicator i
WHERE ($2::int[] IS NULL OR i.id = ANY($2::int[]))
  AND EXISTS (
    SELECT 1 FROM observation o
    JOIN batch b ON b.id = o.batch_id
    JOIN release r ON r.id = b.release_id
    WHERE o.indicator_id = i.id AND b.status = 'APPROVED' AND r.cancelled_at IS NULL AND r.release_at <= $1)`;

/** Codes of the indicators with data public at `at` (all indicators, or those of `ids`). */
export async function releasedCodes(c: Tx | Db, at: Date, ids?: number[]): Promise<Set<string>> {
  const rows = await c.$queryRawUnsafe<{ code: string }[]>(RELEASED, at, ids ?? null);
  return new Set(rows.map((r) => r.code));
}

export async function hasReleasedData(c: Tx | Db, indicatorId: number, at: Date): Promise<boolean> {
  return (await releasedCodes(c, at, [indicatorId])).size > 0;
}
