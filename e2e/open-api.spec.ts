// The open data API and the downloads, against the built app on the demo data: answers
// validate against the published OpenAPI document, values equal an independent query of the
// database, files open the way spreadsheet users open them, and the HTTP contract holds
// (CORS, ETag/304, 400/404, the rate limit). The webServer runs with a limit of 60 per 2 s.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";
import { responseSchema, validateJson, type Root } from "../lib/open-api/openapi/validate-json";
import { testDb } from "./helpers/db";
import { addDays, latestReleased } from "./helpers/demo-periods";

let doc: Record<string, any> | null = null;
async function openApi(request: APIRequestContext) {
  doc ??= await (await request.get("/api/openapi.json")).json();
  return doc!;
}

/** The document's path template for a URL (/api/v1/indicators/DE001 → /api/v1/indicators/{code}). */
const template = (url: string) => new URL(url, "http://x").pathname.replace(/^\/api\/v1\/indicators\/[^/]+$/, "/api/v1/indicators/{code}");

async function expectConforms(request: APIRequestContext, url: string, res: APIResponse) {
  const d = await openApi(request);
  const problems = validateJson(await res.json(), responseSchema(d, template(url), String(res.status())), d as Root);
  expect(problems, `${url} → ${res.status()}`).toEqual([]);
}

// What is public now, computed here independently of the app's query code.
async function publicFromDb(code: string, region: string) {
  const { rows } = await testDb().query<{ period: string; value: string; prev: string | null }>(
    `WITH v AS (
       SELECT o.period, o.value::text AS value, row_number() OVER w AS rn, lead(o.value::text) OVER w AS prev
       FROM observation o JOIN batch b ON b.id = o.batch_id AND b.status = 'APPROVED'
       JOIN release r ON r.id = b.release_id AND r.cancelled_at IS NULL AND r.release_at <= now()
       JOIN indicator i ON i.id = o.indicator_id AND i.code = $1
       WHERE o.region_code = $2
       WINDOW w AS (PARTITION BY o.period ORDER BY r.release_at DESC, b.id DESC))
     SELECT period, value, prev FROM v WHERE rn = 1`,
    [code, region],
  );
  return new Map(rows.map((r) => [r.period, r]));
}

test("[API]: every answer validates against the OpenAPI document", async ({ request }) => {
  const d = await openApi(request);
  expect(d.openapi).toBe("3.1.0");
  const year = (await latestReleased("DE012")).slice(0, 4);
  for (const url of [
    "/api/v1/indicators",
    "/api/v1/indicators?chapter=INDUSTRIALIZATION&category=01",
    "/api/v1/indicators?limit=10&offset=20",
    "/api/v1/indicators?limit=0",
    "/api/v1/indicators/DE001",
    "/api/v1/indicators/DE025",
    "/api/v1/observations?indicator=DE001,DE003&region=210100&limit=20",
    "/api/v1/observations?indicator=DE001&measure=yoy&last=4",
    `/api/v1/observations?indicator=DE012&measure=in-period&region=210100&from=${year}M01`,
    `/api/v1/observations?indicator=DE003&measure=yoy&asOf=${Number(year) - 1}-06-30`,
    "/api/v1/releases",
    "/api/v1/releases?status=released&indicator=DE001",
    "/api/v1/observations?from=2025Q9",
    "/api/v1/indicators/NOPE",
  ]) {
    await expectConforms(request, url, await request.get(url));
  }
});

test("[API]: the indicator catalogue a page at a time is the whole catalogue, each page linking the next", async ({ request }) => {
  // a city's catalogue is one page by default
  const all = await (await request.get("/api/v1/indicators")).json();
  expect(all.paging).toEqual({ limit: 500, offset: 0, total: all.data.length, next: null });
  expect(all.data.length).toBeGreaterThan(50);

  // the core industries' indicators (other specs add indicators of their own meanwhile, in no category)
  const whole = await (await request.get("/api/v1/indicators?category=01")).json();
  const n = whole.data.length;
  expect(n).toBeGreaterThan(6);
  const codes: string[] = [];
  let url: string | null = "/api/v1/indicators?category=01&limit=3";
  let pages = 0;
  while (url) {
    const res: APIResponse = await request.get(url);
    expect(res.status(), url).toBe(200);
    const body: { data: { code: string }[]; paging: { total: number; next: string | null } } = await res.json();
    codes.push(...body.data.map((i: { code: string }) => i.code));
    expect(body.paging.total).toBe(n);
    // the next page in the body and in a Link header, for clients that follow either
    expect(res.headers()["link"] ?? null, url).toBe(body.paging.next ? `<${body.paging.next}>; rel="next"` : null);
    url = body.paging.next;
    pages++;
  }
  expect(pages).toBe(Math.ceil(n / 3));
  expect(codes).toEqual(whole.data.map((i: { code: string }) => i.code));

  const tooMany = await request.get("/api/v1/indicators?limit=1001");
  expect(tooMany.status()).toBe(400);
  expect(await tooMany.text()).toContain("limit");
});

test("[API]: values equal the database, exactly, with their revisions and the demo mark", async ({ request }) => {
  const expected = await publicFromDb("DE001", "210100");
  const res = await request.get("/api/v1/observations?indicator=DE001&region=210100");
  const body = await res.json();
  expect(body.data).toHaveLength(expected.size);
  for (const row of body.data) {
    const want = expected.get(row.period)!;
    expect(typeof row.value).toBe("string");
    expect(new Decimal(row.value).equals(want.value), row.period).toBe(true);
    expect(row.revision === null, row.period).toBe(want.prev === null);
    if (want.prev !== null) expect(new Decimal(row.revision.previousValue).equals(want.prev), row.period).toBe(true);
    expect(row.isDemo).toBe(true);
  }
  expect(body.data.some((r: { revision: unknown }) => r.revision)).toBe(true);
  expect(body.meta).toMatchObject({ isDemo: true, measure: "level", indicators: { DE001: { unit: "亿元" } }, regions: { "210100": { nameZh: "沈阳市" } } });
});

test("[API]: asOf answers what was public that day, before the revision", async ({ request }) => {
  // the latest year-end figure verified since its first, preliminary release
  const all = (await (await request.get("/api/v1/observations?indicator=DE001&region=210100")).json()).data;
  const now = all.filter((r: { revision: unknown }) => r.revision).at(-1);
  expect(now.period).toMatch(/Q4$/);
  const revisedOn = now.releasedAt.slice(0, 10);
  const dayBefore = addDays(revisedOn, -1);
  const q = `indicator=DE001&region=210100&from=${now.period}&to=${now.period}`;
  const before = (await (await request.get(`/api/v1/observations?${q}&asOf=${dayBefore}`)).json()).data[0];
  expect(before).toMatchObject({ value: now.revision.previousValue, flag: "PRELIMINARY", revision: null });
  expect(now.flag).toBeNull();
});

test("[API]: a release before its time shows in the calendar, never its values", async ({ request }) => {
  const db = testDb();
  const at = new Date(Date.now() + 400 * 86400_000);
  const { rows } = await db.query<{ id: number }>(`INSERT INTO release (title_zh, period, release_at, updated_at) VALUES ('e2e 未来发布', '2031', $1, now()) RETURNING id`, [at]);
  const ind = (await db.query<{ id: number }>(`SELECT id FROM indicator WHERE code = 'DE025'`)).rows[0].id;
  await db.query(`INSERT INTO release_indicator (release_id, indicator_id) VALUES ($1, $2)`, [rows[0].id, ind]);
  const batch = await db.query<{ id: number }>(`INSERT INTO batch (file_name, checksum, status, release_id) VALUES ('e2e.csv', 'e2e-future', 'APPROVED', $1) RETURNING id`, [rows[0].id]);
  await db.query(`INSERT INTO observation (batch_id, indicator_id, region_code, period, period_end, value) VALUES ($1, $2, '210100', '2031', '2031-12-31', 12345.678)`, [batch.rows[0].id, ind]);
  // a staff change to the calendar bumps the public version (lib/public/cache.ts)
  await db.query(`INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1'::jsonb, now())
                  ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`);
  await new Promise((r) => setTimeout(r, 1100)); // the epoch is re-read after at most a second

  for (const url of ["/api/v1/observations?indicator=DE025", "/api/v1/observations?indicator=DE025&asOf=2099-12-31"]) {
    const res = await request.get(url);
    const data: { period: string; value: string }[] = (await res.json()).data;
    expect(data.length, url).toBeGreaterThan(0); // the demo's released figures
    expect(data.filter((r) => r.period === "2031" || r.value === "12345.678"), url).toEqual([]);
  }
  const releases = await (await request.get("/api/v1/releases?status=scheduled&indicator=DE025")).text();
  expect(releases).toContain("e2e 未来发布");
  expect(releases).not.toContain("12345.678");
  const detail = await (await request.get("/api/v1/indicators/DE025")).json();
  expect(detail.latestPeriod).toBe(await latestReleased("DE025"));
  // the next release is the nearest one on the calendar, which the demo plans within 120 days
  expect(Date.parse(detail.nextRelease.releaseAt)).toBeLessThan(at.getTime());
  expect(JSON.stringify(detail)).not.toContain("12345.678");
});

test("[DOWNLOADS]: CSV with BOM, XLSX that opens with exceljs, JSON of the documented shape", async ({ request }) => {
  const shown = "/api/v1/observations?indicator=DE001&region=210100,210106&last=4&measure=in-period";
  const json = await request.get(`${shown}&format=json`);
  await expectConforms(request, shown, json);
  const rows: { period: string; region: string; value: string | null }[] = (await json.json()).data;
  expect(new Set(rows.map((r) => r.period)).size).toBe(4);
  expect(rows).toHaveLength(8);

  const csv = await request.get(`${shown}&format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toContain("attachment");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
  expect(lines[0].startsWith("指标代码,指标名称,区划代码,地区,期别代码,期别,口径,数值")).toBe(true);
  expect(lines.slice(1).map((l) => l.split(",")[7])).toEqual(rows.map((r) => r.value ?? ""));

  const xlsx = await request.get(`${shown}&format=xlsx&lang=en`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet("Data")!;
  expect(sheet.getCell("H1").value).toBe("value");
  rows.forEach((r, i) => expect(sheet.getCell(`H${i + 2}`).value).toBe(r.value === null ? null : Number(r.value)));
  const about = wb.getWorksheet("About")!.getSheetValues().map((r) => (r as string[] | undefined)?.slice(1).join(" | ") ?? "");
  expect(about.join("\n")).toMatch(/Demo data \| .*synthetic/i);
  expect(about.join("\n")).toContain("Rounding");

  // the full series: every region and period in one file
  const total = (await (await request.get("/api/v1/observations?indicator=DE001&limit=1")).json()).paging.total;
  expect(total).toBe(14 * (await publicFromDb("DE001", "210100")).size);
  const full = (await (await request.get("/api/v1/observations?indicator=DE001&format=csv")).body()).toString("utf8");
  expect(full.trim().split("\r\n")).toHaveLength(total + 1);
});

test("[API]: CORS for GET and the preflight", async ({ request }) => {
  const res = await request.get("/api/v1/indicators", { headers: { Origin: "https://example.org" } });
  expect(res.headers()["access-control-allow-origin"]).toBe("*");
  expect(res.headers()["access-control-expose-headers"]).toContain("ETag");
  const pre = await request.fetch("/api/v1/observations", { method: "OPTIONS", headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" } });
  expect(pre.status()).toBe(204);
  expect(pre.headers()["access-control-allow-methods"]).toContain("GET");
  expect(pre.headers()["access-control-allow-headers"]).toContain("If-None-Match");
});

test("[API]: ETag with 304, and Cache-Control that never passes the next release", async ({ request }) => {
  for (const url of ["/api/v1/observations?indicator=DE003", "/api/v1/indicators/DE001", "/api/openapi.json"]) {
    const first = await request.get(url);
    const etag = first.headers()["etag"];
    expect(etag, url).toMatch(/^W\/"/);
    expect(first.headers()["cache-control"]).toMatch(/^public, max-age=\d+$/);
    const again = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(again.status(), url).toBe(304);
    expect(again.headers()["etag"]).toBe(etag);
    expect((await request.get(url, { headers: { "If-None-Match": 'W/"stale"' } })).status()).toBe(200);
  }
});

test("[API]: bad parameters answer 400 naming them; an unknown indicator 404", async ({ request }) => {
  for (const [url, parameter] of [
    ["/api/v1/observations?from=2025Q5", "from"],
    ["/api/v1/observations?from=2025Q3&to=2025Q1", "from"],
    ["/api/v1/observations?asOf=yesterday", "asOf"],
    ["/api/v1/observations?region=999999", "region"],
    ["/api/v1/observations?format=pdf", "format"],
    ["/api/v1/observations?limit=-3", "limit"],
    ["/api/v1/observations?cursor=garbage", "cursor"],
    ["/api/v1/observations?indicators=DE001", "indicators"],
    ["/api/v1/releases?status=soon", "status"],
  ]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(400);
    const { error } = await res.json();
    expect(error.parameter, url).toBe(parameter);
    expect(error.message, url).toMatch(new RegExp(`参数 ${parameter}.*/.*[Pp]arameter ${parameter}`));
  }
  for (const url of ["/api/v1/indicators/NOPE", "/api/v1/observations?indicator=DE001,NOPE"]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(404);
    expect((await res.json()).error.message).toContain("NOPE");
  }
});

test("[API]: paging by cursor visits every row once", async ({ request }) => {
  const base = "/api/v1/observations?indicator=DE041,DE042&limit=25";
  const all = (await (await request.get(`${base.replace("limit=25", "limit=1000")}`)).json()).data;
  const seen: string[] = [];
  let next: string | null = base;
  while (next) {
    const page: { data: { indicator: string; region: string; period: string }[]; paging: { next: string | null } } = await (await request.get(next)).json();
    seen.push(...page.data.map((r) => `${r.indicator}|${r.region}|${r.period}`));
    next = page.paging.next;
  }
  expect(seen).toEqual(all.map((r: { indicator: string; region: string; period: string }) => `${r.indicator}|${r.region}|${r.period}`));
  // two annual indicators × 14 regions × the released years
  expect(seen.length).toBe(2 * 14 * (await publicFromDb("DE041", "210100")).size);
  expect(seen.length).toBeGreaterThan(25);
});

test("[DOCS]: the API docs page in Chinese and English", async ({ page }) => {
  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("开放数据接口");
  await expect(page.getByTestId("endpoint-observations")).toContainText("/api/v1/observations");
  await expect(page.getByTestId("rate-limit-text")).toContainText("每 2 秒最多 60 次请求");
  await expect(page.getByTestId("stability").locator("li")).toHaveCount(5);
  await page.goto("/en/api-docs");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data API");
  await expect(page.getByTestId("endpoint-observations")).toContainText("curl -s");
});

// Last: it empties this address's allowance, and waits for it to refill before ending.
test("[API]: the rate limit answers 429 with Retry-After, then lets requests through again", async ({ request }) => {
  let refused: APIResponse | null = null;
  for (let round = 0; round < 10 && !refused; round++) {
    const answers = await Promise.all(Array.from({ length: 40 }, () => request.get("/api/v1/releases?status=scheduled")));
    refused = answers.find((r) => r.status() === 429) ?? null;
    for (const ok of answers.filter((r) => r.status() === 200)) expect(ok.headers()["x-ratelimit-limit"]).toBe("60");
  }
  expect(refused, "a 429 within 400 requests").not.toBeNull();
  const h = refused!.headers();
  expect(Number(h["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(h["x-ratelimit-remaining"]).toBe("0");
  expect(h["access-control-allow-origin"]).toBe("*");
  expect((await refused!.json()).error.code).toBe("rate_limited");
  await new Promise((r) => setTimeout(r, Number(h["retry-after"]) * 1000 + 100));
  expect((await request.get("/api/v1/releases")).status()).toBe(200);
  await new Promise((r) => setTimeout(r, 2100));
});
