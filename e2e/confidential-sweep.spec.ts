// The confidential sweep: a figure uploaded with 保密 is released, then revised to a public
// figure; at both moments every public route (pages in zh and en, the bulletin's HTML and the
// text of its PDF, downloads in every format, feeds, embeds, chart files, the sitemap, the open
// API) and the leader's dashboard are searched for the withheld figure: it is never there, not
// as the value, not as the value a revision replaced. The new figures must be there, so that a
// sweep that reads nothing cannot pass.
import { execFileSync } from "node:child_process";
import { expect, test, type APIRequestContext } from "@playwright/test";
import ExcelJS from "exceljs";
import { requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { sitemapPaths } from "./helpers/sitemap";
import { callAs, stageCsv, waitUntil } from "./helpers/workflow";

const CITY = "210100";
const DISTRICT = "210102";
// Withheld figures with their display forms (亿元, 2 decimals); digits no demo value has.
const SECRET: Record<string, string> = { [CITY]: "8642.9731", [DISTRICT]: "7531.8642" };
const SECRET_MARKS = ["8642.9731", "8642.97", "8,642.97", "7531.8642", "7531.86", "7,531.86"];
// The public figures that later revise them.
const PUBLIC: Record<string, string> = { [CITY]: "31.4159", [DISTRICT]: "2.7183" };

async function bodyText(api: APIRequestContext, url: string): Promise<{ status: number; body: string }> {
  const res = await api.get(url, { maxRedirects: 0, timeout: 60_000 });
  const type = res.headers()["content-type"] ?? "";
  if (type.includes("spreadsheetml")) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.text)))));
    return { status: res.status(), body: cells.join("\n") };
  }
  if (type.includes("application/pdf")) {
    // the PDF's text as a reader's tool extracts it (poppler's pdftotext)
    return { status: res.status(), body: execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: await res.body() }).toString("utf8") };
  }
  return { status: res.status(), body: await res.text() };
}

async function latestPeriod(api: APIRequestContext): Promise<string> {
  const res = await api.get(`/api/v1/observations?indicator=DE001&region=${CITY}&last=1&format=json`);
  const { data } = await res.json();
  return data[0].period;
}

async function publicUrls(api: APIRequestContext, period: string): Promise<string[]> {
  const fromSitemap = await sitemapPaths(api);
  const perIndicator = ["DE005", "DE001", "DE003"].flatMap((c) => [
    `/api/v1/indicators/${c}`,
    `/feeds/indicators/${c}`,
    `/feeds/indicators/${c}?lang=en`,
    `/embed/${c}`,
    `/en/embed/${c}`,
    `/charts/${c}?chart=trend`,
    `/charts/${c}?chart=ranking`,
    `/charts/${c}?chart=tiles`,
    `/indicators/${c}?last=all`,
    `/indicators/${c}?measure=in-period&last=all`,
    `/en/indicators/${c}?last=all`,
    `/api/v1/observations?indicator=${c}&asOf=2099-01-01&format=json&limit=10000`,
    ...["json", "csv", "xlsx"].flatMap((f) => [
      `/api/v1/observations?indicator=${c}&format=${f}&limit=10000`,
      `/api/v1/observations?indicator=${c}&measure=in-period&format=${f}&limit=10000`,
      `/api/v1/observations?indicator=${c}&measure=yoy&format=${f}&limit=10000`,
    ]),
  ]);
  const fixed = [
    "/",
    "/en",
    "/industries",
    "/en/industries",
    "/industries/02",
    "/en/industries/02",
    "/regions",
    "/en/regions",
    `/regions/${DISTRICT}`,
    `/en/regions/${DISTRICT}`,
    "/releases",
    "/feeds/releases",
    "/api/v1/indicators",
    `/api/v1/observations?region=${CITY}&format=json&limit=10000`,
    `/api/v1/observations?region=${DISTRICT}&format=csv&limit=10000`,
    `/reports/${period}`,
    `/en/reports/${period}`,
    `/reports/${period}.pdf`,
  ];
  return [...new Set([...fixed, ...fromSitemap, ...perIndicator])];
}

async function sweep(readers: APIRequestContext[], urls: string[], marks: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const api of readers) {
    for (const url of urls) {
      const { status, body } = await bodyText(api, url);
      expect(status, url).toBeLessThan(500);
      for (const m of marks) if (body.includes(m)) found.push(`${url} shows ${m}`);
    }
  }
  return found;
}

async function release(baseURL: string, csv: string, revisionReason?: string): Promise<void> {
  const id = await stageCsv(baseURL, csv);
  expect((await callAs(baseURL, "uploader", `/api/v1/batches/${id}/submit`)).status).toBe(200);
  const releaseAt = new Date(Date.now() + 3000);
  const approved = await callAs(baseURL, "reviewer", `/api/v1/batches/${id}/approve`, { releaseAt: releaseAt.toISOString(), revisionReason });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  await waitUntil(new Date(releaseAt.getTime() + 500));
}

async function cell(api: APIRequestContext, region: string, period: string) {
  const { data } = await (await api.get(`/api/v1/observations?indicator=DE005&region=${region}&from=${period}&to=${period}&format=json`)).json();
  return data[0];
}

test("[CONFIDENTIAL]: a figure flagged 保密 never reaches a public route, not when released and not as the value a revision replaced", async ({ baseURL }) => {
  test.setTimeout(420_000);
  const anon = await requestAs(baseURL!);
  const leader = await requestAs(baseURL!, "leader");
  const period = await latestPeriod(anon);
  const urls = await publicUrls(anon, period);
  expect(urls.length).toBeGreaterThan(100);
  const dashboard = ["/dashboard", "/en/dashboard"];
  expect(await sweep([anon], urls, SECRET_MARKS), "the figures must not exist before the upload").toEqual([]);

  // 1. released as confidential, with its figure in the file
  const rows = (values: Record<string, string>, flag: string) => [CITY, DISTRICT].map((r) => `DE005,${r},${period},${values[r]},${flag}`);
  await release(baseURL!, ["指标代码,地区代码,时期,数值,标志", ...rows(SECRET, "保密")].join("\n"), "CORRECTION");
  const withheld = await cell(anon, CITY, period);
  expect(withheld).toMatchObject({ value: null, flag: "CONFIDENTIAL" });
  expect(await sweep([anon], urls, SECRET_MARKS)).toEqual([]);
  expect(await sweep([leader], dashboard, SECRET_MARKS)).toEqual([]);
  // the industries index names the withheld part 不公开, with no share computed from it
  const part = /<tr[^>]*data-category="02"[\s\S]*?<\/tr>/.exec(await (await anon.get("/industries")).text())?.[0] ?? "";
  expect(part).toContain("不公开");
  expect(part).toMatch(/<td class="num">—<\/td><\/tr>$/);

  // 2. revised to a public figure: the withheld one is not "the previous value"
  await release(baseURL!, ["指标代码,地区代码,时期,数值", ...[CITY, DISTRICT].map((r) => `DE005,${r},${period},${PUBLIC[r]}`)].join("\n"), "CORRECTION");
  const revised = await cell(anon, CITY, period);
  expect(revised).toMatchObject({ value: "31.4159", flag: null, revision: { previousValue: null, previousFlag: "CONFIDENTIAL" } });
  expect(await sweep([anon], urls, SECRET_MARKS)).toEqual([]);
  expect(await sweep([leader], dashboard, SECRET_MARKS)).toEqual([]);
  const shown = await sweep([anon], [`/indicators/DE005?last=all`, `/api/v1/observations?indicator=DE005&format=csv&limit=10000`, `/reports/${period}`], ["31.42", "31.4159"]);
  expect(shown.length, "the revised public figure is on the page, the download and the bulletin").toBeGreaterThanOrEqual(3);

  // an earlier moment answers with what was public then: still without the figure
  const asOf = encodeURIComponent(new Date(Date.now() - 2000).toISOString());
  const then = await bodyText(anon, `/api/v1/observations?indicator=DE005&asOf=${asOf}&format=json&limit=10000`);
  for (const m of SECRET_MARKS) expect(then.body).not.toContain(m);
  await anon.dispose();
  await leader.dispose();
});

// Take the test's batches out again so that later specs see the demo's own latest quarter
// (a test-only shortcut; deleting a batch deletes its values).
test.afterAll(async () => {
  await testDb().query(`DELETE FROM batch WHERE file_name LIKE 'wf-%' AND id IN (SELECT batch_id FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE i.code = 'DE005' AND o.value IN (${[...Object.values(SECRET), ...Object.values(PUBLIC)].join(",")}))`);
  await testDb().query(`INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1', now())
    ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`);
});
