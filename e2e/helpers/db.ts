// Direct database access for assertions: tests compare pages with what the database holds.
import pg from "pg";

let pool: pg.Pool | null = null;

export function testDb(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: process.env.E2E_DATABASE_URL, max: 2 });
  return pool;
}
