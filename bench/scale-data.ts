// The scale data sets of bench:scale: the demo (seeded by the app's own start, through
// seed-demo's bulk INSERT … FROM unnest) replicated by indicator, `factor` times in all.
// Copy n of indicator DE001 is "X{n}DE001", with the same chapter, frequency and metadata (but
// not the headline mark),
// its parts pointing at copy n of the total (part_of, growth_of), its coverage, its releases
// and the same values in the same batches: so every invariant of the demo (parts add up to
// totals, districts to the city, YTD consistent, preliminary → final revisions as vintages of
// their own release) holds in every copy, and batches, releases and review diffs grow with
// the data as they would in a bureau with a larger catalogue. One INSERT … SELECT per table,
// inside the database: the bulk path without shipping rows through the client.
import pg from "pg";

/** One connection to the database for `work`, closed after it. */
async function withClient<T>(databaseUrl: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** `work` in one transaction, rolled back if it throws. */
function inTransaction<T>(databaseUrl: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  return withClient(databaseUrl, async (c) => {
    await c.query("BEGIN");
    try {
      const out = await work(c);
      await c.query("COMMIT");
      return out;
    } catch (e) {
      await c.query("ROLLBACK").catch(() => {});
      throw e;
    }
  });
}

// a change to public output, as a staff change or an approval makes it: caches under it refill
const BUMP_VERSION = `UPDATE setting SET value = to_jsonb((value #>> '{}')::bigint + 1), updated_at = now() WHERE key = 'public.version'`;

/** Columns of a table other than those listed, from the catalogue (so new columns copy too). */
async function columns(c: pg.Client, table: string, except: string[]): Promise<string[]> {
  const { rows } = await c.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name).filter((n) => !except.includes(n));
}

const q = (names: string[]) => names.map((n) => `"${n}"`).join(", ");

export async function replicateByIndicator(databaseUrl: string, factor: number): Promise<{ indicators: number; observations: number }> {
  const observations = await inTransaction(databaseUrl, async (c) => {
    const indCols = await columns(c, "indicator", ["id", "code", "part_of_id", "growth_of_id"]);
    const obsCols = await columns(c, "observation", ["id", "indicator_id"]);
    const tgtCols = await columns(c, "target", ["id", "indicator_id"]);
    await c.query(`CREATE TEMP TABLE copies AS SELECT n FROM generate_series(1, $1::int - 1) n`, [factor]);
    await c.query(`CREATE TEMP TABLE originals AS SELECT id, code, part_of_id, growth_of_id FROM indicator WHERE code !~ '^X[0-9]+'`);
    // a copy is no headline indicator: a larger catalogue does not give the leadership ten
    // times the KPI cards (the headline set is chosen, not counted)
    await c.query(`INSERT INTO indicator (code, ${q(indCols)})
      SELECT 'X' || n || i.code, ${indCols.map((col) => (col === "is_headline" ? "false" : `i."${col}"`)).join(", ")} FROM indicator i JOIN originals o ON o.id = i.id CROSS JOIN copies`);
    // map: original id, copy n → copy id
    await c.query(`CREATE TEMP TABLE idmap AS SELECT o.id AS orig, n, x.id AS copy FROM originals o CROSS JOIN copies JOIN indicator x ON x.code = 'X' || n || o.code`);
    await c.query(`UPDATE indicator x SET part_of_id = pm.copy FROM idmap m JOIN originals o ON o.id = m.orig JOIN idmap pm ON pm.orig = o.part_of_id AND pm.n = m.n WHERE x.id = m.copy`);
    await c.query(`UPDATE indicator x SET growth_of_id = gm.copy FROM idmap m JOIN originals o ON o.id = m.orig JOIN idmap gm ON gm.orig = o.growth_of_id AND gm.n = m.n WHERE x.id = m.copy`);
    await c.query(`INSERT INTO indicator_region (indicator_id, region_code) SELECT m.copy, r.region_code FROM indicator_region r JOIN idmap m ON m.orig = r.indicator_id`);
    await c.query(`INSERT INTO release_indicator (release_id, indicator_id) SELECT r.release_id, m.copy FROM release_indicator r JOIN idmap m ON m.orig = r.indicator_id`);
    await c.query(`INSERT INTO target (indicator_id, ${q(tgtCols)}) SELECT m.copy, ${tgtCols.map((col) => `t."${col}"`).join(", ")} FROM target t JOIN idmap m ON m.orig = t.indicator_id`);
    const obs = await c.query(`INSERT INTO observation (indicator_id, ${q(obsCols)}) SELECT m.copy, ${obsCols.map((col) => `o."${col}"`).join(", ")} FROM observation o JOIN idmap m ON m.orig = o.indicator_id`);
    // a change to public output, as a catalogue edit or a release would make it
    await c.query(`INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1'::jsonb, now())
      ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`);
    return obs.rowCount ?? 0;
  });
  return withClient(databaseUrl, async (c) => {
    await c.query("ANALYZE");
    const { rows } = await c.query<{ n: string }>(`SELECT count(*) AS n FROM indicator`);
    return { indicators: Number(rows[0].n), observations };
  });
}

/**
 * A batch in the reviewer's queue, for the review diff: the demo has one only on the days a
 * delivery waits for review (its calendar follows Beijing's date), so where none waits, the
 * newest approved batch's values are submitted again (a revision, as a department resends a
 * file), before the catalogue is replicated so that it grows with the data like the rest.
 */
export async function ensureReviewQueue(databaseUrl: string): Promise<void> {
  await inTransaction(databaseUrl, async (c) => {
    const { rows: waiting } = await c.query(`SELECT 1 FROM batch WHERE status = 'SUBMITTED' LIMIT 1`);
    const { rows: newest } = await c.query<{ id: number }>(
      `SELECT b.id FROM batch b WHERE b.status = 'APPROVED' AND EXISTS (SELECT 1 FROM observation o WHERE o.batch_id = b.id)
       ORDER BY b.reviewed_at DESC NULLS LAST, b.id DESC LIMIT 1`,
    );
    if (waiting.length || !newest.length) return;
    const { rows: made } = await c.query<{ id: number }>(
      `INSERT INTO batch (file_name, checksum, size_bytes, row_count, status, is_demo, uploader_id, department_id, created_at, submitted_at)
       SELECT 'bench-resent.csv', md5(random()::text), size_bytes, row_count, 'SUBMITTED', is_demo, uploader_id, department_id, now(), now()
       FROM batch WHERE id = $1 RETURNING id`,
      [newest[0].id],
    );
    await c.query(
      `INSERT INTO observation (batch_id, indicator_id, region_code, period, period_end, value, flag, note, line, top1, top2, units, withheld)
       SELECT $1::int, indicator_id, region_code, period, period_end, value, flag, note, line, top1, top2, units, withheld
       FROM observation WHERE batch_id = $2`,
      [made[0].id, newest[0].id],
    );
  });
}

/** pg_database_size, and the observation rows, of one database. */
export function databaseFigures(databaseUrl: string): Promise<{ bytes: number; observations: number; submittedBatch: number | null }> {
  return withClient(databaseUrl, async (c) => {
    const { rows } = await c.query<{ bytes: string; obs: string; submitted: number | null }>(
      `SELECT pg_database_size(current_database()) AS bytes, (SELECT count(*) FROM observation) AS obs,
              (SELECT b.id FROM batch b JOIN observation o ON o.batch_id = b.id WHERE b.status = 'SUBMITTED' GROUP BY b.id ORDER BY count(*) DESC LIMIT 1) AS submitted`,
    );
    return { bytes: Number(rows[0].bytes), observations: Number(rows[0].obs), submittedBatch: rows[0].submitted };
  });
}

/** A release as the public sees it: the visibility epoch changes (public.version), caches refill. */
export async function bumpEpoch(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, (c) => c.query(BUMP_VERSION));
}

export type BenchRelease = { id: number; values: number; indicators: number };

/**
 * A release as the bureau makes one, planned a day ahead: a batch approved into it carrying what
 * the newest release with values carried, again (the same keys and values, a revision): when its
 * time passes it changes what a real release changes at this size (at 100× about 900 indicators'
 * 12,600 values), so what is kept across release times is patched with as much as a real release
 * brings. Approved ahead (the public version bumped, as an approval does), the pages are read in
 * that version before its time comes (bringForward), as readers read them.
 */
export function planRelease(databaseUrl: string): Promise<BenchRelease> {
  return inTransaction(databaseUrl, async (c) => {
    const { rows: made } = await c.query<{ id: number }>(
      `INSERT INTO release (title_zh, title_en, release_at, updated_at) VALUES ('基准测试发布', 'Benchmark release', now() + interval '1 day', now()) RETURNING id`,
    );
    const release = made[0].id;
    const { rows: batch } = await c.query<{ id: number }>(
      `INSERT INTO batch (file_name, checksum, size_bytes, row_count, status, is_demo, created_at, release_id)
       VALUES ('bench-release.csv', md5(random()::text), 0, 0, 'APPROVED', false, now(), $1) RETURNING id`,
      [release],
    );
    const copied = await c.query(
      `INSERT INTO observation (batch_id, indicator_id, region_code, period, period_end, value, flag, note, line, top1, top2, units, withheld)
       SELECT DISTINCT ON (o.indicator_id, o.region_code, o.period) $1::int, o.indicator_id, o.region_code, o.period, o.period_end, o.value, o.flag, o.note, o.line, o.top1, o.top2, o.units, o.withheld
       FROM observation o JOIN batch b ON b.id = o.batch_id
       WHERE b.status = 'APPROVED' AND b.release_id = (
         SELECT r.id FROM release r WHERE r.cancelled_at IS NULL AND r.release_at <= now()
           AND EXISTS (SELECT 1 FROM batch rb JOIN observation ro ON ro.batch_id = rb.id WHERE rb.release_id = r.id AND rb.status = 'APPROVED')
         ORDER BY r.release_at DESC, r.id DESC LIMIT 1)
       ORDER BY o.indicator_id, o.region_code, o.period, b.id DESC`,
      [batch[0].id],
    );
    const { rows: inds } = await c.query<{ n: number }>(
      `WITH i AS (INSERT INTO release_indicator (release_id, indicator_id) SELECT DISTINCT $1::int, indicator_id FROM observation WHERE batch_id = $2 RETURNING 1)
       SELECT count(*)::int AS n FROM i`,
      [release, batch[0].id],
    );
    await c.query("UPDATE batch SET row_count = $2 WHERE id = $1", [batch[0].id, copied.rowCount ?? 0]);
    await c.query(BUMP_VERSION); // as an approval does (lib/workflow/approve-batch.ts): the calendar now lists it
    return { id: release, values: copied.rowCount ?? 0, indicators: inds[0].n };
  });
}

/**
 * The benchmark's releases taken back once a page is measured, and the public version bumped
 * (as a staff change would: nothing kept may patch what is gone), so that every page is measured
 * on the same data. Each bench release revises the same keys again: left in place, the review
 * diff, measured last, met its batch's keys with sixty vintages each instead of the demo's few.
 */
export async function removeBenchReleases(databaseUrl: string): Promise<void> {
  await inTransaction(databaseUrl, async (c) => {
    const { rows } = await c.query<{ id: number; release_id: number }>(`SELECT id, release_id FROM batch WHERE file_name = 'bench-release.csv'`);
    // observations and the releases' coverage go with them (ON DELETE CASCADE)
    await c.query(`DELETE FROM batch WHERE id = ANY($1::int[])`, [rows.map((r) => r.id)]);
    await c.query(`DELETE FROM release WHERE id = ANY($1::int[])`, [rows.map((r) => r.release_id)]);
    await c.query(BUMP_VERSION);
  });
}

/**
 * A release time passing, as it does each time the bureau publishes: the planned release brought
 * to one second from now. Its time changes the visibility epoch, so every value cached per epoch
 * is read again; the catalogue, which no release changes, is not (lib/public/cache.ts).
 */
export function bringForward(databaseUrl: string, release: BenchRelease): Promise<Date> {
  return withClient(databaseUrl, async (c) => {
    const { rows } = await c.query<{ at: Date }>(`UPDATE release SET release_at = now() + interval '1 second' WHERE id = $1 RETURNING release_at AS at`, [release.id]);
    return rows[0].at;
  });
}

/** Fresh planner statistics, as autovacuum would have them on a live database: every size is measured with them, 1× too. */
export async function analyze(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, (c) => c.query("ANALYZE"));
}
