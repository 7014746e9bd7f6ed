import "server-only";
import pg from "pg";
import { createPrisma, type Db } from "@/lib/db/prisma";
import { markDbDown, registerDbProbe } from "@/lib/db/db-state";
import { isDbUnavailable } from "@/lib/db/unavailable";

// Lazy per-process singletons: lazy so `next build` never needs DATABASE_URL, on globalThis
// so that dev hot reloads do not open a new pool each time.
const g = globalThis as unknown as { __prisma?: Db; __pgPool?: pg.Pool; __pgReplicaPool?: pg.Pool };

const CONNECT_TIMEOUT_MS = 3000;

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`");
  return url;
}

/** A failed connection anywhere tells proxy.ts to answer pages 503 until a probe succeeds. */
function noteConnectionError(err: unknown): void {
  if (isDbUnavailable(err)) markDbDown();
}

export function db(): Db {
  registerDbProbe(probeAll);
  g.__prisma ??= createPrisma(databaseUrl(), 10, { connectionTimeoutMillis: CONNECT_TIMEOUT_MS, onConnectionError: noteConnectionError });
  return g.__prisma;
}

function newPool(connectionString: string): pg.Pool {
  const p = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // idle client errors (e.g. a DB restart): the client is dropped and the next use reconnects;
  // without a listener they would crash the process
  p.on("error", noteConnectionError);
  return p;
}

/** A raw pg pool on the primary, for staff reads and writes, auth and bulk COPY (Prisma costs ~2.5× per query). */
export function pool(): pg.Pool {
  if (!g.__pgPool) {
    g.__pgPool = newPool(databaseUrl());
    registerDbProbe(probeAll);
  }
  return g.__pgPool;
}

/**
 * The pool for public reads (pages, open API, feeds): a read replica when
 * DATABASE_REPLICA_URL is set, else the primary. Public reads pair with the visibility epoch
 * read from the same place (lib/public/epoch.ts), so cached answers match what they key.
 */
export function publicPool(): pg.Pool {
  const url = process.env.DATABASE_REPLICA_URL;
  if (!url) return pool();
  g.__pgReplicaPool ??= newPool(url);
  return g.__pgReplicaPool;
}

/** proxy.ts clears the "database down" flag when this succeeds: the primary, and the replica if any. */
async function probeAll(): Promise<boolean> {
  const pools = process.env.DATABASE_REPLICA_URL ? [pool(), publicPool()] : [pool()];
  return (await Promise.all(pools.map(probe))).every(Boolean);
}

async function probe(p: pg.Pool): Promise<boolean> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000).unref());
  const query = p.query("SELECT 1").then(
    () => true,
    () => false,
  );
  return Promise.race([query, timeout]);
}
