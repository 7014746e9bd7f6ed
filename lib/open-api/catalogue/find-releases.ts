// The release calendar: titles, times, periods and the indicators each release covers.
// It never carries values, so upcoming releases are listed as freely as past ones.
import type { Queryable } from "@/lib/db/queryable";

export type ReleaseRow = {
  id: number;
  titleZh: string;
  titleEn: string | null;
  period: string | null;
  releaseAt: Date;
  cancelledAt: Date | null;
  indicators: string[];
  moves: { fromAt: string; toAt: string; reason: string }[];
  isDemo: boolean;
};

const SQL = `
SELECT r.id, r.title_zh AS "titleZh", r.title_en AS "titleEn", r.period, r.release_at AS "releaseAt", r.cancelled_at AS "cancelledAt",
       COALESCE((SELECT array_agg(i.code ORDER BY i.sort_order, i.code) FROM release_indicator ri JOIN indicator i ON i.id = ri.indicator_id
                 WHERE ri.release_id = r.id), '{}') AS indicators,
       COALESCE((SELECT json_agg(json_build_object('fromAt', m.from_at, 'toAt', m.to_at, 'reason', m.reason) ORDER BY m.moved_at, m.id)
                 FROM release_move m WHERE m.release_id = r.id), '[]') AS moves,
       EXISTS (SELECT 1 FROM batch b WHERE b.release_id = r.id AND b.is_demo) AS "isDemo"
FROM release r
ORDER BY r.release_at, r.id`;

export async function findReleases(q: Queryable): Promise<ReleaseRow[]> {
  const { rows } = await q.query<ReleaseRow>(SQL);
  // json_agg writes timestamps in the server's time zone; normalise to ISO UTC
  const iso = (t: string) => new Date(t).toISOString();
  return rows.map((r) => ({ ...r, moves: r.moves.map((m) => ({ fromAt: iso(m.fromAt), toAt: iso(m.toAt), reason: m.reason })) }));
}

export type ReleaseStatus = "released" | "scheduled" | "cancelled";

export function releaseStatus(r: Pick<ReleaseRow, "releaseAt" | "cancelledAt">, at: Date): ReleaseStatus {
  if (r.cancelledAt) return "cancelled";
  return r.releaseAt <= at ? "released" : "scheduled";
}
