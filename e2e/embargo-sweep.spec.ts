// The embargo sweep: an approved batch whose release is still ahead must not show anywhere
// public — every page of the sitemap in both languages, every API endpoint in every format,
// downloads, feeds, embeds, chart files, the home page and the bulletin — and must show once
// its time has passed. The release is then moved a few seconds ahead (a real calendar
// operation) so the test does not sleep through a long embargo.
import { expect, test, type APIRequestContext } from "@playwright/test";
import ExcelJS from "exceljs";
import { requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { callAs, stageCsv, waitUntil } from "./helpers/workflow";

const PERIOD = "2026Q3";
const VALUES: Record<string, string> = { DE004: "87.6543", DE005: "9.8765", DE006: "143.2109", DE007: "65.4321", DE001: "306.1738", DE002: "12.3456" };
// exact values (API, files) and their display forms (pages), plus the new period's labels
const MARKS = ["87.6543", "143.2109", "306.1738", "9.8765", "65.4321", "12.3456", "87.65", "143.21", "306.17", "2026Q3", "2026-Q3", "2026年第三季度", "2026年前三季度", "2026 Q3", "2026 Q1–Q3"];
const CODES = Object.keys(VALUES);

async function text(api: APIRequestContext, url: string): Promise<{ status: number; body: string }> {
  const res = await api.get(url, { maxRedirects: 0 });
  const type = res.headers()["content-type"] ?? "";
  if (type.includes("spreadsheetml")) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.text)))));
    return { status: res.status(), body: cells.join("\n") };
  }
  return { status: res.status(), body: await res.text() };
}

async function publicUrls(api: APIRequestContext): Promise<string[]> {
  const sitemap = (await api.get("/sitemap.xml")).ok() ? await (await api.get("/sitemap.xml")).text() : "";
  const fromSitemap = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>|href="([^"]+)"/g)].map((m) => new URL(m[1] ?? m[2]).pathname + new URL(m[1] ?? m[2]).search);
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
      `/api/v1/observations?indicator=${c}&region=210100&from=2026Q1&to=2026Q4&measure=yoy&format=${f}`,
    ]),
  ]);
  const fixed = ["/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/...LEVEL?c[TIME_PERIOD]=ge:2026-Q3&dimensionAtObservation=AllDimensions", "/", "/en", "/releases", "/en/releases", "/feeds/releases", "/api/v1/indicators", "/api/v1/releases", "/reports", "/en/reports", `/api/v1/observations?region=210100&from=${PERIOD}&format=json`];
  return [...new Set([...fixed, ...fromSitemap, ...perIndicator])];
}

async function sweep(api: APIRequestContext, urls: string[]) {
  const found: string[] = [];
  for (const url of urls) {
    const { status, body } = await text(api, url);
    expect(status, url).toBeLessThan(500);
    for (const m of MARKS) if (body.includes(m)) found.push(`${url} shows ${m}`);
  }
  return found;
}

test("[EMBARGO]: nothing of an approved batch shows anywhere public before its release time, all of it after", async ({ baseURL }) => {
  test.setTimeout(240_000);
  const api = await requestAs(baseURL!);
  const urls = await publicUrls(api);
  expect(urls.length).toBeGreaterThan(100);
  expect(await sweep(api, urls), "the marks must not exist before the batch either").toEqual([]);

  const csv = ["指标代码,地区代码,时期,数值", ...CODES.map((c) => `${c},210100,${PERIOD},${VALUES[c]}`)].join("\n");
  const id = await stageCsv(baseURL!, csv);
  expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${id}/submit`)).status).toBe(200);
  const approved = await callAs(baseURL!, "reviewer", `/api/v1/batches/${id}/approve`, { releaseAt: new Date(Date.now() + 3600_000).toISOString() });
  expect(approved.status).toBe(200);

  expect(await sweep(api, urls)).toEqual([]);
  for (const u of [`/reports/${PERIOD}`, `/reports/${PERIOD}.pdf`, `/en/reports/${PERIOD}`]) expect((await api.get(u)).status(), u).toBe(404);

  // bring the release forward to a few seconds from now (what moving it on the calendar does,
  // without the calendar note this test does not need)
  const releaseAt = new Date(Date.now() + 4000);
  const { rows } = await testDb().query<{ release_id: number }>("SELECT release_id FROM batch WHERE id = $1", [id]);
  await testDb().query("UPDATE release SET release_at = $2 WHERE id = $1", [rows[0].release_id, releaseAt]);
  await testDb().query(`INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1', now())
    ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`);
  await waitUntil(new Date(releaseAt.getTime() + 1000));

  const after = await sweep(api, urls);
  const mustShow = [
    "/",
    "/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/...LEVEL?c[TIME_PERIOD]=ge:2026-Q3&dimensionAtObservation=AllDimensions",
    ...CODES.flatMap((c) => [`/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/.${c}..LEVEL?format=sdmx-csv`, `/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/.${c}.210100.LEVEL?updatedAfter=2020-01-01&format=sdmx-csv`, `/api/v1/observations?indicator=${c}&format=jsonstat&limit=10000`]),
    ...CODES.flatMap((c) => [`/api/v1/observations?indicator=${c}&format=json&limit=10000`, `/api/v1/observations?indicator=${c}&format=csv&limit=10000`, `/api/v1/observations?indicator=${c}&format=xlsx&limit=10000`, `/indicators/${c}?measure=in-period&last=all`, `/embed/${c}`, `/feeds/indicators/${c}`]),
  ];
  for (const must of mustShow) {
    expect(after.some((f) => f.startsWith(`${must} shows`)), `${must} after the release`).toBe(true);
  }
  for (const u of [`/reports/${PERIOD}`, `/reports/${PERIOD}.pdf`]) expect((await api.get(u)).status(), u).toBe(200);
  await api.dispose();
});

// The released 2026Q3 values would change "the latest quarter" for the specs that run after
// this one: take the batch out again (a test-only shortcut; deleting a batch deletes its values).
test.afterAll(async () => {
  await testDb().query(`DELETE FROM batch WHERE file_name LIKE 'wf-%' AND id IN (SELECT batch_id FROM observation WHERE period = '${PERIOD}')`);
  await testDb().query(`INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1', now())
    ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`);
});
