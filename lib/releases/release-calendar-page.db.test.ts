// The public calendar a page at a time: every upcoming release on each page, past ones 50 a
// page, newest first, without gaps or repeats, and the same releases as the whole list.
import { afterAll, describe, expect, it } from "vitest";
import { testPool } from "@/lib/test/db";
import { CALENDAR_PAGE_SIZE, findPublicReleases, findReleaseCalendarPage, findReleaseContents, SHOWN_CODES, type ContentsOf } from "./public-releases";

describe("the release calendar's pages", () => {
  afterAll(async () => {
    await testPool().end();
  });

  it("pages the past releases of the demo's years and lists what is coming on every page", async () => {
    const at = new Date();
    const all = await findPublicReleases(testPool(), { asOf: at });
    const pastAll = all.filter((r) => r.released);
    expect(pastAll.length).toBeGreaterThan(CALENDAR_PAGE_SIZE); // the demo holds years of releases

    const pages = [];
    for (let n = 1; ; n++) {
      const p = await findReleaseCalendarPage(testPool(), at, n);
      expect(p.upcoming.map((r) => r.id)).toEqual(all.filter((r) => !r.released).reverse().map((r) => r.id)); // nearest first
      expect(p.past.length).toBeLessThanOrEqual(CALENDAR_PAGE_SIZE);
      pages.push(p.past);
      if (!p.more) break;
    }
    expect(pages.length).toBe(Math.ceil(pastAll.length / CALENDAR_PAGE_SIZE));
    expect(pages.flat().map((r) => r.id)).toEqual(pastAll.map((r) => r.id));
    expect(pages[0][0].releaseAt >= pages.at(-1)!.at(-1)!.releaseAt).toBe(true);
  });

  it("answers a page past the end with no past releases, not an error", async () => {
    const p = await findReleaseCalendarPage(testPool(), new Date(), 10_000);
    expect(p.past).toEqual([]);
    expect(p.more).toBe(false);
  });

  it("lists a release's first codes in catalogue order and counts them all", async () => {
    const { upcoming, past } = await findReleaseCalendarPage(testPool(), new Date(), 1);
    const releases = [...upcoming, ...past];
    const { rows } = await testPool().query<{ id: number; codes: string[] }>(
      `SELECT ri.release_id AS id, array_agg(i.code ORDER BY i.sort_order, i.code) AS codes FROM release_indicator ri JOIN indicator i ON i.id = ri.indicator_id
       WHERE ri.release_id = ANY($1) GROUP BY ri.release_id`,
      [releases.map((r) => r.id)],
    );
    const all = new Map(rows.map((r) => [r.id, r.codes]));
    for (const r of releases) {
      const codes = all.get(r.id) ?? [];
      expect(r.indicatorCount).toBe(codes.length);
      expect(r.indicatorCodes).toEqual(codes.slice(0, SHOWN_CODES));
    }
    expect(releases.some((r) => r.indicatorCount > 1)).toBe(true);

    // a release of more indicators than a row lists: its first codes, and the count of all
    const inds = (await testPool().query<{ id: number; code: string }>(`SELECT id, code FROM indicator ORDER BY sort_order, code LIMIT ${SHOWN_CODES + 5}`)).rows;
    const at = new Date(Date.now() + 60_000);
    const { rows: made } = await testPool().query<{ id: number }>(`INSERT INTO release (title_zh, release_at, created_at, updated_at) VALUES ('多指标发布', $1, now(), now()) RETURNING id`, [at]);
    try {
      await testPool().query(`INSERT INTO release_indicator (release_id, indicator_id) SELECT $1, unnest($2::int[])`, [made[0].id, inds.map((i) => i.id)]);
      // and one that covers nothing yet (planned before any batch): listed, with no codes
      const { rows: empty } = await testPool().query<{ id: number }>(`INSERT INTO release (title_zh, release_at, created_at, updated_at) VALUES ('空发布', $1, now(), now()) RETURNING id`, [at]);
      made.push(empty[0]);
      const { upcoming } = await findReleaseCalendarPage(testPool(), new Date(), 1);
      const big = upcoming.find((r) => r.id === made[0].id)!;
      expect(big.indicatorCount).toBe(SHOWN_CODES + 5);
      expect(big.indicatorCodes).toEqual(inds.slice(0, SHOWN_CODES).map((i) => i.code));
      expect(upcoming.find((r) => r.id === empty[0].id)).toMatchObject({ indicatorCount: 0, indicatorCodes: [], yearToDate: true });
    } finally {
      await testPool().query(`UPDATE release SET cancelled_at = now() WHERE id = ANY($1)`, [made.map((m) => m.id)]);
    }
  });

  it("reads the same with what releases cover kept from before a release time passed as with it read anew", async () => {
    // the public pages keep every release's contents until staff change something
    // (lib/public/reference-data.ts); which releases to show is still chosen at the moment asked
    const kept = await findReleaseContents(testPool(), null);
    const asked: number[][] = [];
    const fromKept: ContentsOf = async (ids) => {
      asked.push([...ids]);
      return kept;
    };
    const at = new Date();
    expect(await findReleaseCalendarPage(testPool(), at, 1, fromKept)).toEqual(await findReleaseCalendarPage(testPool(), at, 1));
    expect(asked[0].length).toBeGreaterThan(CALENDAR_PAGE_SIZE / 2); // upcoming and one page of past releases, asked at once

    // one indicator's releases: those whose indicators include it, chosen through its index
    const { rows } = await testPool().query<{ id: number }>(`SELECT id FROM indicator WHERE code = 'DE001'`);
    const own = await findPublicReleases(testPool(), { asOf: at, indicatorId: rows[0].id, contents: fromKept });
    const covering = (await testPool().query<{ id: number }>(`SELECT release_id AS id FROM release_indicator WHERE indicator_id = $1`, [rows[0].id])).rows.map((r) => r.id);
    const all = await findPublicReleases(testPool(), { asOf: at });
    expect(own).toEqual(all.filter((r) => covering.includes(r.id)));
    expect(own.length).toBeGreaterThan(4);
    expect(own.every((r) => r.indicatorCodes.includes("DE001") || r.indicatorCount > SHOWN_CODES)).toBe(true);
  });
});
