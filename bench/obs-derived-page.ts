// tsx scripts/with-db.ts tsx bench/obs-derived-page.ts [factors, default 1,10]: what the open API's
// wide derived-measure query (region=210100, limit=1000) costs at each size, the whole answer
// sliced (findApiObservations + pageOf, as before issue 21's paging of derived measures) beside
// the page read in SQL (page-observations.ts): the first page, and every page by cursor.
// REPEAT (default 3): timings per figure, the median shown. Each size is a copy of DATABASE_URL's database replicated by indicator (scale-data.ts).
import pg from "pg";
import { findPublicIndicators } from "@/lib/public/public-indicators";
import { pageOf } from "@/lib/open-api/paging";
import { findApiObservations, type ObservationFilter } from "@/lib/open-api/observations/find-api-observations";
import { countObservationKeys, pageObservations } from "@/lib/open-api/observations/page-observations";
import { compareRowKeys, rowKey } from "@/lib/open-api/observations/select-rows";
import type { DerivableIndicator } from "@/lib/open-api/observations/types";
import { analyze, replicateByIndicator } from "./scale-data";

const factors = (process.argv[2] ?? "1,10").split(",").map(Number);
const base = new URL(process.env.DATABASE_URL!);
const LIMIT = 1000;
const REPEAT = Number(process.env.REPEAT ?? 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(f: () => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const t0 = performance.now();
    await f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

async function wholeAnswer(q: pg.Pool, inds: DerivableIndicator[], f: ObservationFilter, allPages: boolean): Promise<number> {
  const rows = await findApiObservations(q, inds, f);
  let cursor: string | undefined;
  let n = 0;
  do {
    const p = pageOf(rows, { limit: LIMIT, cursor }, rowKey, compareRowKeys);
    n += p.rows.length;
    cursor = allPages ? (p.nextCursor ?? undefined) : undefined;
  } while (cursor);
  return n;
}

async function paged(q: pg.Pool, inds: DerivableIndicator[], f: ObservationFilter, allPages: boolean): Promise<number> {
  const { floors, sources, counts } = await countObservationKeys(q, inds, f);
  let cursor: string | undefined;
  let n = 0;
  do {
    const p = await pageObservations(q, inds, counts, { ...f, floors, sources }, { limit: LIMIT, cursor });
    n += p.rows.length;
    cursor = allPages ? (p.nextCursor ?? undefined) : undefined;
  } while (cursor);
  return n;
}

const admin = new pg.Pool({ connectionString: base.toString(), max: 1 });
const source = base.pathname.slice(1);
for (const factor of factors) {
  const db = `${source}_obs_x${factor}`;
  const url = new URL(base);
  url.pathname = `/${db}`;
  // KEEP=1: keep each size's database for the next run (and use it when there)
  const kept = process.env.KEEP === "1" && (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [db])).rowCount === 1;
  if (!kept) {
    await admin.query(`DROP DATABASE IF EXISTS "${db}"`);
    await admin.query(`CREATE DATABASE "${db}" TEMPLATE "${source}"`);
    if (factor > 1) await replicateByIndicator(url.toString(), factor);
    await analyze(url.toString());
  }
  const q = new pg.Pool({ connectionString: url.toString(), max: 2 });
  const inds = await findPublicIndicators(q);
  for (const measure of ["level", "in-period", "yoy"] as const) {
    const f: ObservationFilter = { indicatorIds: null, regionCodes: ["210100"], measure, at: new Date() };
    // paged: the counts once per release (cached for every page), then a page
    const { floors, sources, counts } = await countObservationKeys(q, inds, f);
    const pf2 = { ...f, floors, sources };
    const first = await pageObservations(q, inds, counts, pf2, { limit: LIMIT });
    const [countMs, pageMs, laterMs] = [
      await time(() => countObservationKeys(q, inds, f)),
      await time(() => pageObservations(q, inds, counts, pf2, { limit: LIMIT })),
      await time(() => pageObservations(q, inds, counts, pf2, { limit: LIMIT, cursor: first.nextCursor ?? undefined })),
    ];
    console.log(`${factor}× ${measure}: counts ${countMs.toFixed(0)} ms (once per release); first page ${pageMs.toFixed(0)} ms, second page ${laterMs.toFixed(0)} ms`);
    // WHOLE=0: only the paged figures (the whole answer takes seconds a time at 100×)
    if (process.env.WHOLE === "0") continue;
    const [wf, pf, wa, pa] = [
      await time(() => wholeAnswer(q, inds, f, false)),
      await time(() => paged(q, inds, f, false)),
      await time(() => wholeAnswer(q, inds, f, true)),
      await time(() => paged(q, inds, f, true)),
    ];
    console.log(`${factor}× ${measure} (${inds.length} indicators): first page whole ${wf.toFixed(0)} ms, paged ${pf.toFixed(0)} ms; all pages whole ${wa.toFixed(0)} ms, paged ${pa.toFixed(0)} ms`);
  }
  await q.end();
  if (process.env.KEEP !== "1") await admin.query(`DROP DATABASE "${db}"`);
}
await admin.end();
