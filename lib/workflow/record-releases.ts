import pg from "pg";

// Visibility never waits for this: a value is public the moment its release time passes.
// This only writes the "batch.released" audit event afterwards, once per batch, so that the
// trail shows releases too. Safe to run on every instance: an advisory lock serialises it
// and NOT EXISTS makes it idempotent.
const SQL = `
WITH due AS (
  SELECT b.id, r.id AS release_id, r.release_at
  FROM batch b JOIN release r ON r.id = b.release_id
  WHERE b.status = 'APPROVED' AND r.release_at <= now() AND r.cancelled_at IS NULL AND NOT b.is_demo
    AND NOT EXISTS (SELECT 1 FROM audit_event a WHERE a.action = 'batch.released' AND a.entity_type = 'batch' AND a.entity_id = b.id::text)
)
INSERT INTO audit_event (action, entity_type, entity_id, actor_name, data)
SELECT 'batch.released', 'batch', id::text, 'system', jsonb_build_object('releaseId', release_id, 'releaseAt', release_at) FROM due`;

// its own small pool: this runs from instrumentation.ts, outside the React server graph
let own: pg.Pool | null = null;

export async function recordReleases(): Promise<number> {
  if (!own) {
    own = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1, connectionTimeoutMillis: 3000 });
    own.on("error", () => {}); // idle-client errors during a database restart; the next tick retries
  }
  const c = await own.connect();
  try {
    await c.query("BEGIN");
    await c.query("SELECT pg_advisory_xact_lock(727001)");
    const r = await c.query(SQL);
    await c.query("COMMIT");
    return r.rowCount ?? 0;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}
