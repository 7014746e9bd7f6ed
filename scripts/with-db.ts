// Usage: tsx scripts/with-db.ts <cmd> [args...]
// Starts (or adopts) the database, migrates it, loads the reference data and, when
// SEED_DEMO is on, the demo users and data; then runs <cmd> with DATABASE_URL set and
// stops the embedded PostgreSQL when <cmd> exits or the wrapper is interrupted.
import { spawn } from "node:child_process";
import path from "node:path";
import { prepareDatabase, resolveDatabase } from "../lib/db/ensure";
import { createPrisma } from "../lib/db/prisma";
import { loadReference } from "../lib/reference/load-reference";
import { DEFAULT_DEMO_PASSWORD, seedDemoData } from "../lib/demo/seed-demo";
import { nameUntitledReleases } from "../lib/releases/name-untitled-releases";
import { demoToday } from "../lib/demo/demo-today";
import { keepEmbeddedSecret } from "../lib/db/embedded-secret";
import { seedDemoEnabled } from "../lib/env";

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error("usage: tsx scripts/with-db.ts <cmd> [args...]");
  process.exit(2);
}
const log = (m: string) => console.error(`[db] ${m}`);

const db = await resolveDatabase();
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await db.stop().catch((e) => log(`stop failed: ${e}`));
  process.exit(code);
};

try {
  await prepareDatabase(db.url);
  const prisma = createPrisma(db.url, 2);
  const { createdIndicators } = await loadReference(prisma);
  if (createdIndicators) log(`reference data loaded (${createdIndicators} new indicators)`);
  if (seedDemoEnabled(db.embedded)) {
    const r = await seedDemoData(prisma, process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD, demoToday());
    if (r.outcome === "seeded") log(`demo data of ${r.today} seeded (${r.releases} releases, ${r.batches} batches, ${r.observations} observations)`);
    if (r.outcome === "extended") log(`demo data extended to ${r.today}: ${r.releases} new releases, ${r.batches} new batches, ${r.approved} approved`);
    if (r.outcome === "legacy") log("demo data of an older version (fixed periods) left as it is; start on a new database for today's demo");
  }
  const named = await nameUntitledReleases(prisma);
  if (named) log(`${named} releases named from their data`);
  await prisma.$disconnect();
} catch (e) {
  console.error(e);
  await stop(1);
}

const PATH = `${path.join(process.cwd(), "node_modules/.bin")}${path.delimiter}${process.env.PATH}`;
// the embedded database's cookie-sealing secret lives in a 0600 file beside its data directory;
// on DATABASE_URL the operator sets SESSION_SECRET (scripts/serve.ts refuses to start without it)
let SESSION_SECRET = process.env.SESSION_SECRET;
try {
  if (!SESSION_SECRET && db.dataDir) SESSION_SECRET = keepEmbeddedSecret(db.dataDir);
} catch (e) {
  console.error(e);
  await stop(1);
}
const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, PATH, DATABASE_URL: db.url, ...(SESSION_SECRET ? { SESSION_SECRET } : {}) } });
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => void stop(code ?? (signal ? 128 + 15 : 1)));
