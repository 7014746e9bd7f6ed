// The sitemap as a search engine reads it (sitemaps.org 0.9): robots.txt names the index at
// /sitemap.xml, the index lists its pages, every page is well-formed XML (xmllint) of at most
// 50,000 <loc>s on this site, and together they name the public pages in both languages but
// no indicator the public may not know of: a retired one without released data.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { testDb } from "./helpers/db";
import { sitemapPages, sitemapPaths } from "./helpers/sitemap";

/** xmllint's complaints about a document, or "" when it is well-formed. */
function xmllint(xml: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sitemap-")), "page.xml");
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--nonet", file], { stdio: "pipe" });
    return "";
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

test("[SITEMAP]: robots.txt names the index, the index lists pages, every page is a valid urlset", async ({ request, baseURL }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);

  const index = await request.get("/sitemap.xml");
  expect(index.headers()["content-type"]).toContain("xml");
  const indexXml = await index.text();
  expect(xmllint(indexXml)).toBe("");
  expect(indexXml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');

  const pages = await sitemapPages(request);
  expect(pages.length).toBeGreaterThan(1); // the fixed pages, then the indicators
  for (const { loc, xml } of pages) {
    expect(loc).toMatch(new RegExp(`^${baseURL}/sitemap/\\d+\\.xml$`));
    expect(xmllint(xml), loc).toBe("");
    expect(xml, loc).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length, loc).toBeGreaterThan(0);
    expect(locs.length, loc).toBeLessThanOrEqual(50_000);
    for (const l of locs) expect(l.startsWith(`${baseURL}/`), l).toBe(true);
    for (const m of xml.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)) expect(Date.parse(m[1]), `${loc} lastmod`).toBeLessThanOrEqual(Date.now());
  }
  expect((await request.get("/sitemap/999.xml")).status()).toBe(404);
});

test("[SITEMAP]: the public pages are listed in both languages, a retired indicator without released data is not", async ({ request }) => {
  // retired before it ever had data: its page is not public, so no crawler is sent to it
  await testDb().query(
    `INSERT INTO indicator (code, name_zh, name_en, unit, frequency, measure_type, decimals, article_ref, articles, updated_at, retired_at)
     VALUES ('SMAP01', '未发布即停用的指标', 'Retired before release', '个', 'QUARTER', 'STOCK', 0, '第九条', '{9}', now(), now())
     ON CONFLICT (code) DO NOTHING`,
  );
  // as a catalogue edit does: public output changed, so the cached catalogue is read again
  await testDb().query(`INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1'::jsonb, now())
     ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`);
  await new Promise((r) => setTimeout(r, 1500)); // the epoch is re-read once a second
  const paths = await sitemapPaths(request, { alternates: true });
  for (const p of ["/", "/en", "/indicators/DE001", "/en/indicators/DE001", "/regions/210102", "/industries/01", "/releases"]) expect(paths, p).toContain(p);
  expect(paths.filter((p) => p.includes("SMAP01"))).toEqual([]);
  const { rows } = await testDb().query<{ code: string }>(`SELECT code FROM indicator WHERE retired_at IS NULL ORDER BY code LIMIT 3`);
  for (const r of rows) expect(paths).toContain(`/indicators/${r.code}`);
});
