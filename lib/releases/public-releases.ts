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
const choose = (where: string, tail = "") => `
SELECT r.id, r.title_zh, r.title_en, r.period, r.release_at, r.release_at <= $1 AS released
FROM release r
WHERE r.cancelled_at IS NULL AND ${where}
ORDER BY r.release_at DESC, r.id DESC ${tail}`;

/** What a release covers and how it moved: changed only by staff (an approval, a move), never by a release time passing. */
export type ReleaseContents = Pick<PublicRelease, "indicatorCodes" | "indicatorCount" | "yearToDate" | "moves">;

/** The contents of the releases with these ids (all releases: null); a reader may keep them until staff change something. */
export type ContentsOf = (ids: readonly number[]) => Promise<ReadonlyMap<number, ReleaseContents>>;

// The releases' indicators joined to the catalogue once for all of them (codes in catalogue
// order, how many, whether any is year-to-date): a subquery per release joined the whole
// catalogue again for each, 2 ms a release at 100× the data (issue 21).
const CONTENTS_SQL = `
WITH ri AS (
  SELECT ri.release_id, i.code, i.sort_order, i.measure_type,
         row_number() OVER (PARTITION BY ri.release_id ORDER BY i.sort_order, i.code) AS rn
  FROM release_indicator ri JOIN indicator i ON i.id = ri.indicator_id
  WHERE $1::int[] IS NULL OR ri.release_id = ANY($1)
),
s AS (
  SELECT release_id,
         array_agg(code ORDER BY sort_order, code) FILTER (WHERE rn <= ${SHOWN_CODES}) AS codes,
         count(*)::int AS code_count,
         bool_or(measure_type IN ('CUMULATIVE', 'GROWTH')) AS ytd
  FROM ri GROUP BY release_id
)
SELECT r.id, COALESCE(s.codes, '{}') AS codes, COALESCE(s.code_count, 0) AS code_count, COALESCE(s.ytd, true) AS ytd,
       COALESCE((SELECT json_agg(json_build_object('fromAt', m.from_at, 'toAt', m.to_at, 'reason', m.reason, 'movedAt', m.moved_at) ORDER BY m.moved_at)
                 FROM release_move m WHERE m.release_id = r.id), '[]') AS moves
FROM release r LEFT JOIN s ON s.release_id = r.id
WHERE $1::int[] IS NULL OR r.id = ANY($1)`;

type ContentsRow = { id: number; codes: string[]; code_count: number; ytd: boolean; moves: unknown };

export async function findReleaseContents(q: Queryable, ids: readonly number[] | null): Promise<Map<number, ReleaseContents>> {
  if (ids && ids.length === 0) return new Map();
  const { rows } = await q.query<ContentsRow>(CONTENTS_SQL, [ids]);
  return new Map(rows.map((r) => [r.id, toContents(r)]));
}

type ChosenRow = { id: number; title_zh: string; title_en: string | null; period: string | null; release_at: Date; released: boolean };

/** The chosen releases with their contents, in the order chosen. */
async function withContents(q: Queryable, rows: ChosenRow[], contents?: ContentsOf): Promise<PublicRelease[]> {
  const found = await (contents ?? ((ids) => findReleaseContents(q, ids)))(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    titleZh: r.title_zh,
    titleEn: r.title_en,
    period: r.period,
    releaseAt: r.release_at,
    released: r.released,
    ...(found.get(r.id) ?? { indicatorCodes: [], indicatorCount: 0, yearToDate: true, moves: [] }),
  }));
}

// releases covering one indicator, through release_indicator's index by indicator
const OF_INDICATOR = "r.id IN (SELECT ri.release_id FROM release_indicator ri WHERE ri.indicator_id = $2)";
const ALL_SQL = choose("true");
const OF_INDICATOR_SQL = choose(OF_INDICATOR);

/** Every release (or those covering one indicator), newest first. `contents`: where to read what they cover (default: the database). */
export async function findPublicReleases(q: Queryable, opts: { asOf?: Date; indicatorId?: number; contents?: ContentsOf } = {}): Promise<PublicRelease[]> {
  const at = opts.asOf ?? new Date();
  const { rows } = await (opts.indicatorId === undefined ? q.query<ChosenRow>(ALL_SQL, [at]) : q.query<ChosenRow>(OF_INDICATOR_SQL, [at, opts.indicatorId]));
  return withContents(q, rows, opts.contents);
}

/** Past releases per page of the public calendar: years of monthly releases are not one page. */
export const CALENDAR_PAGE_SIZE = 50;

const UPCOMING_SQL = choose("r.release_at > $1");
const PAST_SQL = choose("r.release_at <= $1", "LIMIT $2 OFFSET $3");

/**
 * The calendar's page `page` (from 1): every upcoming release (the calendar looks 120 days
 * ahead), nearest first, and one page of past ones, newest first; `more` when older ones follow.
 */
export async function findReleaseCalendarPage(
  q: Queryable,
  asOf: Date,
  page: number,
  contents?: ContentsOf,
): Promise<{ upcoming: PublicRelease[]; past: PublicRelease[]; more: boolean }> {
  const [up, past] = await Promise.all([
    q.query<ChosenRow>(UPCOMING_SQL, [asOf]),
    q.query<ChosenRow>(PAST_SQL, [asOf, CALENDAR_PAGE_SIZE + 1, (page - 1) * CALENDAR_PAGE_SIZE]),
  ]);
  const shown = await withContents(q, [...up.rows, ...past.rows.slice(0, CALENDAR_PAGE_SIZE)], contents);
  return { upcoming: shown.slice(0, up.rows.length).reverse(), past: shown.slice(up.rows.length), more: past.rows.length > CALENDAR_PAGE_SIZE };
}

function toContents(r: ContentsRow): ReleaseContents {
  return {
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
const NEXT_SQL = choose(`r.release_at > $1 AND ${OF_INDICATOR}`);

/**
 * The next release covering an indicator (its page, its open API answer), or null: its upcoming
 * releases only, not the whole calendar with every release's codes (issue 21).
 */
export async function findNextRelease(q: Queryable, indicatorId: number, asOf = new Date(), contents?: ContentsOf): Promise<PublicRelease | null> {
  const { rows } = await q.query<ChosenRow>(NEXT_SQL, [asOf, indicatorId]);
  const nearest = rows.at(-1); // newest first: the last is the nearest
  return nearest ? (await withContents(q, [nearest], contents))[0] : null;
}
