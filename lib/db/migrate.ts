// Applies prisma/migrations with `prisma migrate deploy`, but only when a migration folder
// is not yet recorded: the WASM schema engine costs ~1 s even when there is nothing to do.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const ROOT = process.cwd();

async function appliedMigrations(url: string): Promise<Set<string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    return new Set(r.rows.map((x) => x.migration_name as string));
  } catch {
    return new Set(); // fresh database: no _prisma_migrations yet
  } finally {
    await c.end();
  }
}

export async function migrateIfNeeded(url: string, log: (m: string) => void): Promise<void> {
  const dir = path.join(ROOT, "prisma/migrations");
  const wanted = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  const applied = await appliedMigrations(url);
  const pending = wanted.filter((m) => !applied.has(m));
  if (!pending.length) return;
  log(`applying ${pending.length} migration(s): ${pending.join(", ")}`);
  const r = spawnSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: url,
      CHECKPOINT_DISABLE: "1",
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${path.join(ROOT, "scripts/prisma-fast-exit.cjs")}`.trim(),
    },
  });
  if (r.status !== 0) throw new Error(`prisma migrate deploy failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
}
