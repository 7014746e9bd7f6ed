import "server-only";
import pg from "pg";
import { createPrisma, type Db } from "@/lib/db/prisma";

// Lazy per-process singletons: lazy so `next build` never needs DATABASE_URL, on globalThis
// so that dev hot reloads do not open a new pool each time.
const g = globalThis as unknown as { __prisma?: Db; __pgPool?: pg.Pool };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`");
  return url;
}

export function db(): Db {
  g.__prisma ??= createPrisma(databaseUrl());
  return g.__prisma;
}

/** A raw pg pool for the hot public reads and bulk COPY (Prisma costs ~2.5× per query). */
export function pool(): pg.Pool {
  if (!g.__pgPool) {
    g.__pgPool = new pg.Pool({ connectionString: databaseUrl(), max: 10, connectionTimeoutMillis: 3000 });
    g.__pgPool.on("error", () => {}); // idle client errors (e.g. a DB restart) are retried on next use
  }
  return g.__pgPool;
}
