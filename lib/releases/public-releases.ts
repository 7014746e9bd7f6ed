// The public release calendar: when each release happens and what it covers. The calendar
// itself is public before the release (that is its point, as NBS's 发布日程表); the values
// are not, and nothing here returns any.
import type { Queryable } from "@/lib/db/queryable";

export type PublicRelease = {
  id: number;
  titleZh: string;
  titleEn: string | null;
  period: string | null;
  releaseAt: Date;
  released: boolean;
  /** its first SHOWN_CODES indicators' codes, in catalogue order */
  indicatorCodes: string[];
  /** how many indicators it covers */
  indicatorCount: number;
  /** It carries year-to-date figures (累计, or their growth): its period reads as a span, 1—10月 / 前三季度. */
  yearToDate: boolean;
  moves: { fromAt: Date; toAt: Date; reason: string; movedAt: Date }[];
};

/**
 * The codes a calendar row lists (then 等共 N 项): a release of a province's catalogue covers
 * hundreds of indicators, and listing and shipping them all made every calendar row a wall of
 * codes and every read of the calendar grow with the catalogue (issue 21). A demo release (at
 * most 12) is listed whole.
 */
export const SHOWN_CODES = 20;

// ties broken by id: two releases at one moment list in the same order on every copy of the
// data (a restored dump stores its rows in another physical order).
// The releases are chosen first; then their indicators are joined to the catalogue once for
// all of them (codes in catalogue order, how many, whether any is year-to-date): a subquery per
// release joined the whole catalogue again for each, 2 ms a release at 100× the data (issue 21).
const select = (where: string, tail = "") => `
WITH r AS (
  SELECT r.id, r.title_zh, r.title_en, r.period, r.release_at
  FROM release r
  WHERE r.cancelled_at IS NULL AND ${where}
  ORDER BY r.release_at DESC, r.id DESC ${tail}
),
ri AS (
  SELECT ri.release_id, i.code, i.sort_order, i.measure_type,
         row_number() OVER (PARTITION BY ri.release_id ORDER BY i.sort_order, i.code) AS rn
  FROM release_indicator ri JOIN indicator i ON i.id = ri.indicator_id
  WHERE ri.release_id IN (SELECT id FROM r)
),
s AS (
  SELECT release_id,
         array_agg(code ORDER BY sort_order, code) FILTER (WHERE rn <= ${SHOWN_CODES}) AS codes,
         count(*)::int AS code_count,
         bool_or(measure_type IN ('CUMULATIVE', 'GROWTH')) AS ytd
  FROM ri GROUP BY release_id
)
SELECT r.id, r.title_zh, r.title_en, r.period, r.release_at, r.release_at <= $1 AS released,
       COALESCE(s.codes, '{}') AS codes, COALESCE(s.code_count, 0) AS code_count, COALESCE(s.ytd, true) AS ytd,
       COALESCE((SELECT json_agg(json_build_object('fromAt', m.from_at, 'toAt', m.to_at, 'reason', m.reason, 'movedAt', m.moved_at) ORDER BY m.moved_at)
                 FROM release_move m WHERE m.release_id = r.id), '[]') AS moves
FROM r LEFT JOIN s ON s.release_id = r.id
ORDER BY r.release_at DESC, r.id DESC`;

const SQL = select("($2::int IS NULL OR EXISTS (SELECT 1 FROM release_indicator ri WHERE ri.release_id = r.id AND ri.indicator_id = $2))");

export async function findPublicReleases(q: Queryable, opts: { asOf?: Date; indicatorId?: number } = {}): Promise<PublicRelease[]> {
  const at = opts.asOf ?? new Date();
  const { rows } = await q.query<Row>(SQL, [at, opts.indicatorId ?? null]);
  return rows.map(toRelease);
}

/** Past releases per page of the public calendar: years of monthly releases are not one page. */
export const CALENDAR_PAGE_SIZE = 50;

const UPCOMING_SQL = select("r.release_at > $1");
const PAST_SQL = select("r.release_at <= $1", "LIMIT $2 OFFSET $3");

/**
 * The calendar's page `page` (from 1): every upcoming release (the calendar looks 120 days
 * ahead), nearest first, and one page of past ones, newest first; `more` when older ones follow.
 */
export async function findReleaseCalendarPage(q: Queryable, asOf: Date, page: number): Promise<{ upcoming: PublicRelease[]; past: PublicRelease[]; more: boolean }> {
  const [up, past] = await Promise.all([
    q.query<Row>(UPCOMING_SQL, [asOf]),
    q.query<Row>(PAST_SQL, [asOf, CALENDAR_PAGE_SIZE + 1, (page - 1) * CALENDAR_PAGE_SIZE]),
  ]);
  return { upcoming: up.rows.map(toRelease).reverse(), past: past.rows.slice(0, CALENDAR_PAGE_SIZE).map(toRelease), more: past.rows.length > CALENDAR_PAGE_SIZE };
}

type Row = { id: number; title_zh: string; title_en: string | null; period: string | null; release_at: Date; released: boolean; codes: string[]; code_count: number; ytd: boolean; moves: unknown };

function toRelease(r: Row): PublicRelease {
  return {
    id: r.id,
    titleZh: r.title_zh,
    titleEn: r.title_en,
    period: r.period,
    releaseAt: r.release_at,
    released: r.released,
    indicatorCodes: r.codes,
    indicatorCount: r.code_count,
    yearToDate: r.ytd,
    moves: (r.moves as { fromAt: string; toAt: string; reason: string; movedAt: string }[]).map((m) => ({
      fromAt: new Date(m.fromAt),
      toAt: new Date(m.toAt),
      reason: m.reason,
      movedAt: new Date(m.movedAt),
    })),
  };
}

// the indicator's upcoming releases (a few), newest first like every list here
const NEXT_SQL = select("r.release_at > $1 AND EXISTS (SELECT 1 FROM release_indicator ri WHERE ri.release_id = r.id AND ri.indicator_id = $2)");

/**
 * The next release covering an indicator (its page, its open API answer), or null: its upcoming
 * releases only, not the whole calendar with every release's codes (issue 21).
 */
export async function findNextRelease(q: Queryable, indicatorId: number, asOf = new Date()): Promise<PublicRelease | null> {
  const { rows } = await q.query<Row>(NEXT_SQL, [asOf, indicatorId]);
  const nearest = rows.at(-1); // newest first: the last is the nearest
  return nearest ? toRelease(nearest) : null;
}
