// Whether a request changed anything in the database: a fingerprint of every table (row count
// and the newest row version, xmin) and the number of audit events. A refused request must leave
// both as they were; the fuzzers and role checks compare them before and after each post.
import { testDb } from "./db";

// Left out: what every request or the server's own timer may write without a user's action
// (sign-ins and their throttle, sessions), and the trail itself (counted apart, below).
const BESIDE_THE_POINT = new Set(["audit_event", "user_session", "login_attempt", "_prisma_migrations"]);

let query: string | null = null;

async function fingerprintQuery(): Promise<string> {
  if (query) return query;
  const { rows } = await testDb().query<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
  const parts = rows.filter((r) => !BESIDE_THE_POINT.has(r.t)).map((r) => `SELECT '${r.t}' AS t, count(*)::text || '/' || coalesce(max(xmin::text::bigint), 0)::text AS v FROM "${r.t}"`);
  query = parts.join(" UNION ALL ");
  return query;
}

/** Audit events of state changes (sign-ins aside, and the release recorder's timer). */
export async function auditCount(): Promise<number> {
  const { rows } = await testDb().query<{ n: string }>(`SELECT count(*) AS n FROM audit_event WHERE action NOT LIKE 'auth.%' AND action <> 'batch.released'`);
  return Number(rows[0].n);
}

export type DbState = { audits: number; tables: Map<string, string> };

export async function dbState(): Promise<DbState> {
  const [audits, { rows }] = await Promise.all([auditCount(), testDb().query<{ t: string; v: string }>(await fingerprintQuery())]);
  return { audits, tables: new Map(rows.map((r) => [r.t, r.v])) };
}

/** What differs between two states, in words ("" when nothing does). */
export function changes(before: DbState, after: DbState): string {
  const out: string[] = [];
  if (after.audits !== before.audits) out.push(`${after.audits - before.audits} audit event(s)`);
  for (const [t, v] of after.tables) if (before.tables.get(t) !== v) out.push(`table ${t} ${before.tables.get(t)} → ${v}`);
  return out.join(", ");
}
