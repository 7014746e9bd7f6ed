// Once per `npm run test:resilience`: a fresh embedded PostgreSQL for the suite, and the
// template database every test file copies (migrated, reference and demo data loaded by the
// product's own scripts/with-db.ts). Stopped at the end. RESILIENCE_SCALE=N replicates the
// demo N times by indicator in the template (bench/scale-data.ts): the suite at 10× the data.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { analyze, replicateByIndicator } from "../bench/scale-data";
import { adminQuery, dbUrl, startCluster } from "./helpers/cluster";
import { DIST_DIR, ROOT, TEMPLATE_DB } from "./helpers/config";

export default async function setup() {
  if (!existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) throw new Error(`no production build in ${DIST_DIR}: run \`NEXT_DIST_DIR=${DIST_DIR} npx next build\` first`);
  const cluster = await startCluster({ fresh: true });
  await adminQuery(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${TEMPLATE_DB}"`);
  const r = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/with-db.ts", "true"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: dbUrl(TEMPLATE_DB), SEED_DEMO: "1" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`seeding the template failed:\n${r.stderr}`);
  const scale = Number(process.env.RESILIENCE_SCALE ?? 1);
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`RESILIENCE_SCALE: a whole factor ≥ 1 (got ${process.env.RESILIENCE_SCALE})`);
  if (scale > 1) {
    await replicateByIndicator(dbUrl(TEMPLATE_DB), scale);
    await analyze(dbUrl(TEMPLATE_DB));
  }
  return async () => {
    await cluster.stop();
  };
}
