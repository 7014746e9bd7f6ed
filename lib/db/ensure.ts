// Resolves the database the app runs on: DATABASE_URL when set, otherwise the embedded
// PostgreSQL under .data/. Then brings it to the current schema and reference data.
import path from "node:path";
import pg from "pg";
import { ensureDatabaseExists, startEmbeddedPostgres } from "./embedded";
import { migrateIfNeeded } from "./migrate";

/** dataDir: the embedded database's data directory (absent on DATABASE_URL). */
export type DbHandle = { url: string; embedded: boolean; dataDir?: string; stop: () => Promise<void> };

export const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

const log = (m: string) => console.error(`[db] ${m}`);

/**
 * DB_RESET=1 drops and recreates the database first (tests start from empty). Refused for
 * any database whose name does not say it is a test one.
 */
async function resetDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^(e2e|test|ci)/i.test(name)) throw new Error(`DB_RESET refused for database "${name}" (only e2e*, test*, ci*)`);
  target.pathname = "/postgres";
  const c = new pg.Client({ connectionString: target.toString() });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  } finally {
    await c.end();
  }
  log(`database ${name} reset`);
}

export async function resolveDatabase(): Promise<DbHandle> {
  const reset = process.env.DB_RESET === "1";
  if (process.env.DATABASE_URL) {
    if (reset) await resetDatabase(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const dataDir = path.resolve(process.env.EMBEDDED_PG_DIR ?? ".data/pg");
  const server = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORT, log });
  const url = await ensureDatabaseExists(server.adminUrl, process.env.EMBEDDED_PG_DB ?? "app");
  if (reset) await resetDatabase(url);
  log(`embedded PostgreSQL on 127.0.0.1:${EMBEDDED_PORT}, data in ${path.relative(process.cwd(), dataDir)}`);
  return { url, embedded: true, dataDir, stop: server.stop };
}

export async function prepareDatabase(url: string): Promise<void> {
  await migrateIfNeeded(url, log);
}
