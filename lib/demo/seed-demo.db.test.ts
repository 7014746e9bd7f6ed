// Seeding the demo into a database, and starting again on a later day: the later start adds
// what has happened since (new releases, arrived batches, reviews) without changing anything
// released, and ends exactly where a demo seeded on that later day starts. Each test database
// is created here on the same server (the shared test database already holds today's demo).
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "@/lib/db/ensure";
import { createPrisma, type Db } from "@/lib/db/prisma";
import { loadReference } from "@/lib/reference/load-reference";
import { seedDemoData } from "./seed-demo";

const NAMES = ["test_demo_seed_a", "test_demo_seed_b"];
const opened: { prisma: Db; pool: pg.Pool }[] = [];

function urlOf(name: string): string {
  const u = new URL(process.env.DATABASE_URL!);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: urlOf("postgres") });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function freshDatabase(name: string) {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  await prepareDatabase(urlOf(name));
  const db = { prisma: createPrisma(urlOf(name), 2), pool: new pg.Pool({ connectionString: urlOf(name), max: 2 }) };
  opened.push(db);
  await loadReference(db.prisma);
  return db;
}

/** Everything the demo wrote, as comparable text (ids differ between databases). */
async function snapshot(pool: pg.Pool) {
  const q = async (sql: string) => (await pool.query(sql)).rows.map((r) => Object.values(r).map((v) => (v instanceof Date ? v.toISOString() : v)).join(" | "));
  return {
    observations: await q(`
      SELECT b.checksum, i.code, o.region_code, o.period, o.value::text, o.flag::text
      FROM observation o JOIN batch b ON b.id = o.batch_id JOIN indicator i ON i.id = o.indicator_id
      WHERE b.is_demo ORDER BY 1, 2, 3, 4`),
    batches: await q(`
      SELECT b.checksum, b.status::text, b.file_name, b.created_at, b.reviewed_at, r.title_zh, b.revision_reason::text
      FROM batch b LEFT JOIN release r ON r.id = b.release_id WHERE b.is_demo ORDER BY 1`),
    releases: await q(`
      SELECT r.title_zh, r.title_en, r.period, r.release_at, string_agg(i.code, ',' ORDER BY i.code)
      FROM release r JOIN release_indicator ri ON ri.release_id = r.id JOIN indicator i ON i.id = ri.indicator_id
      GROUP BY r.id ORDER BY r.release_at, r.title_zh`),
    targets: await q(`SELECT i.code, t.year, t.value::text, t.base_value::text FROM target t JOIN indicator i ON i.id = t.indicator_id ORDER BY 1, 2`),
  };
}

describe("seeding the demo", () => {
  afterAll(async () => {
    for (const db of opened) {
      await db.prisma.$disconnect();
      await db.pool.end();
    }
    for (const n of NAMES) await admin(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
  });

  it("a later start adds what has happened since, changes nothing released, and ends where a demo seeded that day starts", async () => {
    const a = await freshDatabase(NAMES[0]);
    const first = await seedDemoData(a.prisma, "demo-pass-1", "2026-10-20");
    expect(first).toMatchObject({ outcome: "seeded", today: "2026-10-20" });
    expect(first.observations).toBeGreaterThan(15000);
    const before = await snapshot(a.pool);
    const waiting = before.batches.filter((b) => b.includes(" | SUBMITTED | "));
    expect(waiting.length).toBeGreaterThan(0); // something in the reviewer's queue

    expect((await seedDemoData(a.prisma, "demo-pass-1", "2026-10-20")).outcome).toBe("unchanged");

    const later = await seedDemoData(a.prisma, "demo-pass-1", "2026-12-06");
    expect(later.outcome).toBe("extended");
    expect(later.releases).toBeGreaterThan(3);
    expect(later.batches).toBeGreaterThan(10);
    expect(later.approved).toBe(waiting.length); // the queue of 20 October has been reviewed since
    const after = await snapshot(a.pool);
    // nothing that was there changed, but for reviews of the batches then waiting
    const afterObs = new Set(after.observations);
    expect(before.observations.filter((o) => !afterObs.has(o))).toEqual([]);
    const afterReleases = new Set(after.releases);
    expect(before.releases.filter((r) => !afterReleases.has(r))).toEqual([]);
    const afterBatches = new Set(after.batches);
    expect(before.batches.filter((b) => !afterBatches.has(b) && !waiting.includes(b))).toEqual([]);

    // the same as a demo seeded on 6 December
    const b = await freshDatabase(NAMES[1]);
    await b.pool.query(`INSERT INTO batch (file_name, checksum, status, is_demo) VALUES ('demo-2025Q3.csv', 'demo-2025Q3', 'APPROVED', true)`);
    expect((await seedDemoData(b.prisma, "demo-pass-1", "2026-12-06")).outcome).toBe("legacy"); // an older fixed demo is left alone
    await b.pool.query(`DELETE FROM batch WHERE checksum = 'demo-2025Q3'`);
    expect((await seedDemoData(b.prisma, "demo-pass-1", "2026-12-06")).outcome).toBe("seeded");
    const direct = await snapshot(b.pool);
    expect(after.observations.length).toBe(direct.observations.length);
    expect(after.observations).toEqual(direct.observations);
    expect(after.batches).toEqual(direct.batches);
    expect(after.releases).toEqual(direct.releases);
    expect(after.targets).toEqual(direct.targets);

    // into a new year: that year's targets, once
    expect((await seedDemoData(a.prisma, "demo-pass-1", "2027-01-05")).outcome).toBe("extended");
    const targets = (await snapshot(a.pool)).targets;
    expect(targets.filter((t) => t.includes(" | 2027 | ")).length).toBeGreaterThan(3);
    await a.pool.query(`DELETE FROM target WHERE year = 2027 AND indicator_id = (SELECT id FROM indicator WHERE code = 'DE001')`);
    await seedDemoData(a.prisma, "demo-pass-1", "2027-01-12");
    expect((await snapshot(a.pool)).targets.some((t) => t.startsWith("DE001 | 2027"))).toBe(false); // a target staff deleted stays deleted
  }, 300_000);
});
