// For *.db.test.ts: clients on the database scripts/test-all.sh prepared (migrated, with
// reference and demo data). Tests add rows under unique names and never truncate.
import pg from "pg";
import { createPrisma, type Db } from "@/lib/db/prisma";

let prisma: Db | null = null;
let pool: pg.Pool | null = null;

function url(): string {
  const u = process.env.DATABASE_URL;
  if (!u) throw new Error("database tests run under scripts/with-db.ts (npm test)");
  return u;
}

export function testPrisma(): Db {
  prisma ??= createPrisma(url(), 3);
  return prisma;
}

export function testPool(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: url(), max: 3 });
  return pool;
}

export const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
