// The embedded PostgreSQL the resilience tests share (started by global-setup.ts) and the
// per-test databases copied from its seeded template.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { embeddedAdminUrl, startEmbeddedPostgres, type EmbeddedHandle } from "../../lib/db/embedded";
import { PG_PORT, TEMPLATE_DB, WORK_DIR } from "./config";

export const PG_DIR = path.join(WORK_DIR, "pg");
const quiet = () => {};

export async function startCluster(opts: { fresh?: boolean } = {}): Promise<EmbeddedHandle> {
  if (opts.fresh && existsSync(PG_DIR)) {
    // a server left running on the directory (an interrupted run) must stop before it is deleted
    if (existsSync(path.join(PG_DIR, "postmaster.pid"))) await stopCluster().catch(() => {});
    rmSync(PG_DIR, { recursive: true, force: true });
  }
  return startEmbeddedPostgres({ dataDir: PG_DIR, port: PG_PORT, log: quiet });
}

/** Stops the shared cluster (fast shutdown: sessions are terminated, as in a real restart). */
export async function stopCluster(): Promise<void> {
  const h = await startEmbeddedPostgres({ dataDir: PG_DIR, port: PG_PORT, log: quiet }); // adopts the running one
  await h.stop();
}

export function dbUrl(name: string): string {
  return embeddedAdminUrl(PG_PORT, name);
}

export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values: unknown[] = [], database = "postgres"): Promise<R[]> {
  const c = new pg.Client({ connectionString: dbUrl(database) });
  await c.connect();
  try {
    return (await c.query<R>(sql, values)).rows;
  } finally {
    await c.end();
  }
}

/** A fresh copy of the seeded template for one test file; returns its URL. */
export async function freshDatabase(name: string): Promise<string> {
  if (!/^test_/.test(name)) throw new Error(`resilience databases are named test_*: ${name}`);
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
  return dbUrl(name);
}

/** A small pool on one test database, for assertions about what it holds. */
export function testPool(url: string): pg.Pool {
  const p = new pg.Pool({ connectionString: url, max: 3 });
  p.on("error", () => {}); // the restart test stops the server under it
  return p;
}
