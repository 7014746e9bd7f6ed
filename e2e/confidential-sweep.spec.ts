// The confidential sweep: a figure uploaded with 保密 is released, then revised to a public
// figure; at both moments every public route (pages in zh and en, the bulletin's HTML and the
// text of its PDF, downloads in every format, feeds, embeds, chart files, the sitemap, the open
// API) and the leader's dashboard are searched for the withheld figure: it is never there, not
// as the value, not as the value a revision replaced. The new figures must be there, so that a
// sweep that reads nothing cannot pass.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { sitemapPaths } from "./helpers/sitemap";
import { publicText, sweep } from "./helpers/sweep";
import { callAs, stageCsv, waitUntil } from "./helpers/workflow";

const CITY = "210100";
const DISTRICT = "210102";
// Withheld figures with their display forms (亿元, 2 decimals); digits no demo value has.
const SECRET: Record<string, string> = { [CITY]: "8642.9731", [DISTRICT]: "7531.8642" };
const SECRET_MARKS = ["8642.9731", "8642.97", "8,642.97", "7531.8642", "7531.86", "7,531.86"];
// The public figures that later revise them.
const PUBLIC: Record<string, string> = { [CITY]: "31.4159", [DISTRICT]: "2.7183" };

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

/** The marks found on `urls` by each reader; a 5xx is a finding too. */
async function sweepAll(readers: APIRequestContext[], urls: string[], marks: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const api of readers) {
    const r = await sweep(api, urls, marks);
    found.push(...r.errors, ...r.found);
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
  // the figures exist nowhere before the upload (a database check: a sweep of every page
  // before the upload took two minutes of CI for the same assurance), so that a finding later
  // can only come from the upload
  const before = await testDb().query(`SELECT count(*)::int AS n FROM observation WHERE value IN (${Object.values(SECRET).join(",")}) OR round(value, 2) IN (${Object.values(SECRET).map((v) => Number(v).toFixed(2)).join(",")})`);
  expect(before.rows[0].n, "the figures must not exist before the upload").toBe(0);

  // 1. released as confidential, with its figure in the file
  const rows = (values: Record<string, string>, flag: string) => [CITY, DISTRICT].map((r) => `DE005,${r},${period},${values[r]},${flag}`);
  await release(baseURL!, ["指标代码,地区代码,时期,数值,标志", ...rows(SECRET, "保密")].join("\n"), "CORRECTION");
  const withheld = await cell(anon, CITY, period);
  expect(withheld).toMatchObject({ value: null, flag: "CONFIDENTIAL" });
  expect(await sweepAll([anon], urls, SECRET_MARKS)).toEqual([]);
  expect(await sweepAll([leader], dashboard, SECRET_MARKS)).toEqual([]);
  // the industries index names the withheld part 不公开, with no share computed from it
  const part = /<tr[^>]*data-category="02"[\s\S]*?<\/tr>/.exec(await (await anon.get("/industries")).text())?.[0] ?? "";
  expect(part).toContain("不公开");
  expect(part).toMatch(/<td class="num">—<\/td><\/tr>$/);

  // 2. revised to a public figure: the withheld one is not "the previous value"
  await release(baseURL!, ["指标代码,地区代码,时期,数值", ...[CITY, DISTRICT].map((r) => `DE005,${r},${period},${PUBLIC[r]}`)].join("\n"), "CORRECTION");
  const revised = await cell(anon, CITY, period);
  expect(revised).toMatchObject({ value: "31.4159", flag: null, revision: { previousValue: null, previousFlag: "CONFIDENTIAL" } });
  expect(await sweepAll([anon], urls, SECRET_MARKS)).toEqual([]);
  expect(await sweepAll([leader], dashboard, SECRET_MARKS)).toEqual([]);
  const shown = await sweepAll([anon], [`/indicators/DE005?last=all`, `/api/v1/observations?indicator=DE005&format=csv&limit=10000`, `/reports/${period}`], ["31.42", "31.4159"]);
  expect(shown.length, "the revised public figure is on the page, the download and the bulletin").toBeGreaterThanOrEqual(3);

  // an earlier moment answers with what was public then: still without the figure
  const asOf = encodeURIComponent(new Date(Date.now() - 2000).toISOString());
  const then = await publicText(anon, `/api/v1/observations?indicator=DE005&asOf=${asOf}&format=json&limit=10000`);
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
