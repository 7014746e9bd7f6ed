// The embargo sweep: an approved batch whose release is still ahead must not show anywhere
// public — every page of the sitemap in both languages, every API endpoint in every format,
// downloads, feeds, embeds, chart files, the home page and the bulletin — and must show once
// its time has passed. The release is then moved a few seconds ahead (a real calendar
// operation) so the test does not sleep through a long embargo. The quarter is one the demo
// has no data for, and the values are chosen so that no public page shows them beforehand.
import { expect, test, type APIRequestContext } from "@playwright/test";
import Decimal from "decimal.js";
import { requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { sitemapPaths } from "./helpers/sitemap";
import { sweep } from "./helpers/sweep";
import { futureQuarter, periodMarks } from "./helpers/demo-periods";
import { callAs, stageCsv, waitUntil } from "./helpers/workflow";

const CODES = ["DE004", "DE005", "DE006", "DE007", "DE001", "DE002"];
let PERIOD = "";

/**
 * Values with four decimals whose exact and 2-decimal forms appear in none of `bodies`: the
 * four core industries, their sum as DE001 (so that the upload's checks pass) and a growth rate.
 */
function chooseValues(bodies: string): Record<string, string> {
  for (;;) {
    const parts = [80, 9, 140, 60].map((base) => new Decimal(base).plus(new Decimal(Math.random()).times(20)).toDecimalPlaces(4));
    const values: Record<string, string> = { DE004: parts[0].toFixed(4), DE005: parts[1].toFixed(4), DE006: parts[2].toFixed(4), DE007: parts[3].toFixed(4) };
    values.DE001 = parts.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(4);
    values.DE002 = new Decimal(Math.random()).times(20).plus(5).toFixed(4);
    if (marksOf(values).every((m) => !bodies.includes(m))) return values;
  }
}

/** 2026Q3 as SDMX writes it: 2026-Q3. */
const sdmxPeriod = (p: string) => p.replace(/^(\d{4})Q(\d)$/, "$1-Q$2");

/**
 * The values exactly, without trailing zeros (SDMX writes 85.1250 as 85.125) and as pages show
 * them (2 decimals; growth to 1 is too common to look for).
 */
function marksOf(values: Record<string, string>): string[] {
  const marks = Object.entries(values).flatMap(([c, v]) => [v, new Decimal(v).toString(), ...(c === "DE002" ? [] : [new Decimal(v).toFixed(2, Decimal.ROUND_HALF_UP)])]);
  return [...new Set(marks)];
}

async function publicUrls(api: APIRequestContext): Promise<string[]> {
  const fromSitemap = await sitemapPaths(api, { alternates: true });
  const perIndicator = CODES.flatMap((c) => [
    `/api/v1/indicators/${c}`,
    `/feeds/indicators/${c}`,
    `/feeds/indicators/${c}?lang=en`,
    `/embed/${c}`,
    `/en/embed/${c}`,
    `/charts/${c}?chart=trend`,
    `/charts/${c}?chart=ranking`,
    `/charts/${c}?chart=tiles`,
    `/indicators/${c}?measure=in-period&last=all`,
    `/en/indicators/${c}?last=all`,
    // asking about the future must not see the future
    `/api/v1/observations?indicator=${c}&asOf=2099-01-01&format=json&limit=10000`,
    `/api/v1/observations?indicator=${c}&format=jsonstat&limit=10000`,
    // SDMX in every format, with the time-travel and delta parameters (released values: computed
    // growth rates carry long decimals that could spell a mark by chance)
    ...["sdmx-ml", "sdmx-json", "sdmx-csv"].map((f) => `/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/.${c}..LEVEL?format=${f}`),
    `/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/.${c}..LEVEL?includeHistory=true&format=sdmx-json`,
    `/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/.${c}.210100.LEVEL?updatedAfter=2020-01-01&format=sdmx-csv`,
    `/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/.${c}..LEVEL?asOf=2099-01-01&lastNObservations=1`,
    ...["json", "csv", "xlsx"].flatMap((f) => [
      `/api/v1/observations?indicator=${c}&format=${f}&limit=10000`,
      `/api/v1/observations?indicator=${c}&region=210100&last=2&measure=in-period&format=${f}`,
      `/api/v1/observations?indicator=${c}&region=210100&from=${PERIOD.slice(0, 4)}Q1&to=${PERIOD.slice(0, 4)}Q4&measure=yoy&format=${f}`,
    ]),
  ]);
  const fixed = [`/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/...LEVEL?c[TIME_PERIOD]=ge:${sdmxPeriod(PERIOD)}&dimensionAtObservation=AllDimensions`, "/", "/en", "/releases", "/en/releases", "/feeds/releases", "/api/v1/indicators", "/api/v1/releases", "/reports", "/en/reports", `/api/v1/observations?region=210100&from=${PERIOD}&format=json`];
  return [...new Set([...fixed, ...fromSitemap, ...perIndicator])];
}

/** Data answers (SDMX data, observations, embeds, charts, indicator feeds): no sign of the period before its release. */
const isDataUrl = (u: string) => /^\/(sdmx\/v2\/data|api\/v1\/observations|(en\/)?embed|charts|feeds\/indicators)\//.test(u) || u.startsWith("/api/v1/observations?");

/** The marks found on `urls` (a 5xx is a finding too), and every answer's text. */
async function sweepAll(api: APIRequestContext, urls: string[], marks: string[] | ((url: string) => string[])) {
  const r = await sweep(api, urls, marks);
  return { found: [...r.errors, ...r.found], bodies: r.bodies };
}

test("[EMBARGO]: nothing of an approved batch shows anywhere public before its release time, all of it after", async ({ baseURL }) => {
  test.setTimeout(600_000); // three sweeps of every public page, each after the epoch moved (nothing cached)
  const api = await requestAs(baseURL!);
  PERIOD = await futureQuarter();
  const urls = await publicUrls(api);
  expect(urls.length).toBeGreaterThan(100);
  const first = await sweepAll(api, urls, periodMarks(PERIOD));
  expect(first.found, "the new period must not show before the batch either").toEqual([]);
  const VALUES = chooseValues(first.bodies);
  const MARKS = [...marksOf(VALUES), ...periodMarks(PERIOD)];

  const csv = ["指标代码,地区代码,时期,数值", ...CODES.map((c) => `${c},210100,${PERIOD},${VALUES[c]}`)].join("\n");
  const id = await stageCsv(baseURL!, csv);
  expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${id}/submit`)).status).toBe(200);
  const approved = await callAs(baseURL!, "reviewer", `/api/v1/batches/${id}/approve`, { releaseAt: new Date(Date.now() + 3600_000).toISOString() });
  expect(approved.status).toBe(200);

  // the calendar announces the approved release by its title and period (home, release calendar,
  // its feed and API, an indicator's next release): the period may show there, its values nowhere
  const dataUrls = urls.filter(isDataUrl);
  expect(dataUrls.length).toBeGreaterThan(50);
  // one pass: the values nowhere, and in data answers not the period either
  expect((await sweepAll(api, urls, (u) => (isDataUrl(u) ? [...marksOf(VALUES), ...periodMarks(PERIOD)] : marksOf(VALUES)))).found).toEqual([]);
  for (const u of [`/reports/${PERIOD}`, `/reports/${PERIOD}.pdf`, `/en/reports/${PERIOD}`]) expect((await api.get(u)).status(), u).toBe(404);

  // bring the release forward to a few seconds from now (what moving it on the calendar does,
  // without the calendar note this test does not need)
  const releaseAt = new Date(Date.now() + 4000);
  const { rows } = await testDb().query<{ release_id: number }>("SELECT release_id FROM batch WHERE id = $1", [id]);
  await testDb().query("UPDATE release SET release_at = $2 WHERE id = $1", [rows[0].release_id, releaseAt]);
  await testDb().query(`INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1', now())
    ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`);
  await waitUntil(new Date(releaseAt.getTime() + 1000));

  const after = (await sweepAll(api, urls, MARKS)).found;
  const mustShow = [
    "/",
    `/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/...LEVEL?c[TIME_PERIOD]=ge:${sdmxPeriod(PERIOD)}&dimensionAtObservation=AllDimensions`,
    ...CODES.flatMap((c) => [`/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/.${c}..LEVEL?format=sdmx-csv`, `/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/.${c}.210100.LEVEL?updatedAfter=2020-01-01&format=sdmx-csv`, `/api/v1/observations?indicator=${c}&format=jsonstat&limit=10000`]),
    ...CODES.flatMap((c) => [`/api/v1/observations?indicator=${c}&format=json&limit=10000`, `/api/v1/observations?indicator=${c}&format=csv&limit=10000`, `/api/v1/observations?indicator=${c}&format=xlsx&limit=10000`, `/indicators/${c}?measure=in-period&last=all`, `/embed/${c}`, `/feeds/indicators/${c}`]),
  ];
  for (const must of mustShow) {
    expect(after.some((f) => f.startsWith(`${must} shows`)), `${must} after the release`).toBe(true);
  }
  for (const u of [`/reports/${PERIOD}`, `/reports/${PERIOD}.pdf`]) expect((await api.get(u)).status(), u).toBe(200);
  await api.dispose();
});

// The released values would change "the latest quarter" for the specs that run after
// this one: take the batch out again (a test-only shortcut; deleting a batch deletes its values).
test.afterAll(async () => {
  if (!PERIOD) return;
  await testDb().query(`DELETE FROM batch WHERE file_name LIKE 'wf-%' AND id IN (SELECT batch_id FROM observation WHERE period = $1)`, [PERIOD]);
  await testDb().query(`INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1', now())
    ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`);
});
