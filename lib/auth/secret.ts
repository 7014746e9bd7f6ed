import "server-only";
import { randomBytes } from "node:crypto";
import { pool } from "@/lib/db";

// The key iron-session seals cookies with. SESSION_SECRET wins when set; otherwise one is
// generated on first use and kept in the database, so that every app instance on the same
// database shares it and sessions survive restarts without configuration.
let cached: Promise<string> | null = null;

async function loadOrCreate(): Promise<string> {
  const fromEnv = process.env.SESSION_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("SESSION_SECRET must be at least 32 characters");
    return fromEnv;
  }
  const candidate = randomBytes(32).toString("base64url");
  await pool().query(
    `INSERT INTO setting (key, value, updated_at) VALUES ('session.secret', to_jsonb($1::text), now()) ON CONFLICT (key) DO NOTHING`,
    [candidate],
  );
  const { rows } = await pool().query<{ v: string }>(`SELECT value #>> '{}' AS v FROM setting WHERE key = 'session.secret'`);
  return rows[0].v;
}

export function sessionSecret(): Promise<string> {
  cached ??= loadOrCreate().catch((e) => {
    cached = null; // a database hiccup must not poison the process
    throw e;
  });
  return cached;
}
