// The public pages against the database: derived values recomputed here with decimal.js,
// JavaScript on and off, both languages, the catalogue search, the feed and the chart files.
import { expect, test, type Page } from "@playwright/test";
import Decimal from "decimal.js";
import { testDb } from "./helpers/db";
import { DISTRICTS, visibleRows } from "./helpers/public-data";
import { latestReleased } from "./helpers/demo-periods";

const D = Decimal.clone({ precision: 40 });
const shown = (v: Decimal.Value, decimals: number) => new D(v).toFixed(decimals, Decimal.ROUND_HALF_UP);

async function tableRows(page: Page, testId: string) {
  return page.getByTestId(testId).locator("tbody tr").evaluateAll((rows) =>
    rows.map((r) => ({
      period: r.getAttribute("data-period"),
      region: r.getAttribute("data-region"),
      rank: r.getAttribute("data-rank"),
      value: r.getAttribute("data-value"),
      text: r.querySelector("[data-cell=value]")?.textContent?.trim() ?? "",
      notes: r.querySelector(".pub-notes")?.textContent ?? "",
    })),
  );
}

test("[PUBLIC]: the indicator chart draws and its 当季 table equals YTD differences in the database @smoke", async ({ page }) => {
  const ytd = await visibleRows("DE001", { region: "210100" });
  const byPeriod = new Map(ytd.map((r) => [r.period, r.value!]));
  const expected = ytd.map((r) => {
    const q = Number(r.period.slice(-1));
    const value = q === 1 ? new D(r.value!) : new D(r.value!).minus(byPeriod.get(`${r.period.slice(0, 5)}${q - 1}`)!);
    return { period: r.period, value };
  });
  expect(expected.length).toBeGreaterThanOrEqual(12); // three years and more of quarters

  await page.goto("/indicators/DE001?region=210100&measure=in-period&last=all");
  // charts become interactive when they come near the viewport
  await page.locator("#trend-chart").scrollIntoViewIfNeeded();
  await expect(page.locator("#trend-chart [data-chart-ready=true]")).toBeVisible();
  await expect(page.getByTestId("trend-table")).toHaveAttribute("data-measure", "in-period");
  const rows = await tableRows(page, "trend-table");
  expect(rows.map((r) => r.period)).toEqual(expected.map((e) => e.period));
  for (const [i, want] of expected.entries()) {
    expect(new D(rows[i].value!).eq(want.value), `exact ${want.period}`).toBe(true);
    expect(rows[i].text, `shown ${want.period}`).toBe(shown(want.value, 2));
  }
});

test("[PUBLIC]: the level table marks the revision with the old value, and preliminary and estimated values", async ({ page }) => {
  // each year's Q4 is published preliminary and verified the next June
  const rows = await visibleRows("DE001", { region: "210100" });
  const revised = rows.filter((r) => r.previous !== null);
  expect(revised.length).toBeGreaterThan(0);
  await page.goto("/indicators/DE001?region=210100&last=all");
  const shownRows = await tableRows(page, "trend-table");
  for (const r of revised) {
    const rev = shownRows.find((x) => x.period === r.period)!;
    expect(rev.text).toBe(shown(r.value!, 2));
    expect(rev.notes).toContain(`修订：原值 ${shown(r.previous!, 2)}`);
  }
  // a Q4 not yet verified (between its release in February and June) is marked preliminary
  for (const r of rows.filter((x) => x.flag === "PRELIMINARY")) expect(shownRows.find((x) => x.period === r.period)!.notes).toContain("初步数");
  for (const r of rows.filter((x) => x.flag !== "PRELIMINARY")) expect(shownRows.find((x) => x.period === r.period)!.notes).not.toContain("初步数");
  // the AI industry's size is a department's estimate
  const ai = await visibleRows("DE022", { region: "210100" });
  expect(ai.every((r) => r.flag === "ESTIMATED")).toBe(true);
  await page.goto("/indicators/DE022?region=210100&last=all");
  for (const row of await tableRows(page, "trend-table")) expect(row.notes).toContain("估计数");
});

test("[PUBLIC]: the district ranking equals the database's order, and the tile map is drawn", async ({ page }) => {
  const period = await latestReleased("DE001");
  const rows = (await visibleRows("DE001", { period })).filter((r) => DISTRICTS.includes(r.region));
  const want = rows.sort((a, b) => new D(b.value!).comparedTo(new D(a.value!)));
  await page.goto(`/indicators/DE001?period=${period}`);
  const table = await tableRows(page, "district-table");
  expect(table.map((r) => r.region)).toEqual(want.map((r) => r.region));
  expect(table.map((r) => r.rank)).toEqual(want.map((_, i) => String(i + 1)));
  expect(table.map((r) => r.text)).toEqual(want.map((r) => shown(r.value!, 2)));
  for (const id of ["#tile-map", "#ranking-chart"]) {
    await page.locator(id).scrollIntoViewIfNeeded();
    await expect(page.locator(`${id} [data-chart-ready=true]`)).toBeVisible();
  }
});

test("[PUBLIC]: without JavaScript the indicator page shows its tables and SVG charts", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/indicators/DE001?measure=in-period&last=8");
  for (const id of ["trend-chart", "ranking-chart", "tile-map"]) await expect(page.getByTestId(id).locator("svg").first()).toBeVisible();
  await expect(page.getByTestId("trend-table").locator("tbody tr")).toHaveCount(8);
  await expect(page.getByTestId("district-table").locator("tbody tr")).toHaveCount(13);
  // the switch and the form are plain links and a GET form
  await page.getByTestId("measure-switch").locator("[data-measure=level]").click();
  await expect(page).toHaveURL(/measure=level/);
  await expect(page.getByTestId("trend-table")).toHaveAttribute("data-measure", "level");
  await context.close();
});

test("[PUBLIC]: switching between Chinese and English keeps the view, with locale-aware numbers", async ({ page }) => {
  const [city] = (await visibleRows("DE024", { region: "210100" })).slice(-1);
  const v = new D(city.value!);
  await page.goto("/indicators/DE024?last=1");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("5G基站数");
  await expect(page.getByTestId("trend-table").locator("[data-cell=value]")).toHaveText(`${shown(v.div(10000), 2)}万`);
  await page.locator(".site-nav a[hreflang=en]").click();
  await expect(page).toHaveURL(/\/en\/indicators\/DE024\?last=1/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("5G base stations");
  await expect(page.getByTestId("trend-table").locator("[data-cell=value]")).toHaveText(Number(shown(v, 0)).toLocaleString("en-US"));
  await page.locator(".site-nav a[hreflang=zh]").click();
  await expect(page).toHaveURL(/\/indicators\/DE024\?last=1/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("5G基站数");
  // several regions chosen: every one of them crosses over
  await page.goto("/indicators/DE001?region=210102&region=210103&last=4");
  await expect(page.locator(".site-nav a[hreflang=en]")).toHaveAttribute("href", "/en/indicators/DE001?region=210102&region=210103&last=4");
});

test("[PUBLIC]: the Atom feed parses, with an entry per release and the revision spelled out", async ({ page, request }) => {
  const res = await request.get("/feeds/indicators/DE001");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await res.text();
  await page.goto("/");
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const entries = [...doc.getElementsByTagName("entry")];
    return {
      error: doc.getElementsByTagName("parsererror").length,
      root: doc.documentElement.namespaceURI,
      ids: entries.map((e) => e.getElementsByTagName("id")[0].textContent),
      updated: entries.map((e) => e.getElementsByTagName("updated")[0].textContent),
      summaries: entries.map((e) => e.getElementsByTagName("summary")[0]?.textContent ?? ""),
    };
  }, xml);
  expect(feed.error).toBe(0);
  expect(feed.root).toBe("http://www.w3.org/2005/Atom");
  expect(feed.ids.length).toBeGreaterThanOrEqual(15);
  expect(new Set(feed.ids).size).toBe(feed.ids.length);
  for (const u of feed.updated) expect(u).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  const revised = (await visibleRows("DE001", { region: "210100" })).find((r) => r.previous !== null)!;
  expect(feed.summaries.some((s) => s.includes(`由 ${shown(revised.previous!, 2)} 改为 ${shown(revised.value!, 2)}`))).toBe(true);
  // the same request again gives the same ids: they are stable
  expect(await (await request.get("/feeds/indicators/DE001")).text()).toBe(xml);
});

test("[PUBLIC]: catalogue search by Chinese name finds the indicator, without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/indicators");
  await page.getByLabel("搜索指标").fill("软件业务");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/q=/);
  const codes = await page.getByTestId("catalogue-table").locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-code")));
  expect(codes).toEqual(["DE012", "DE013"]);
  await page.getByTestId("catalogue-table").getByRole("link", { name: "软件业务收入", exact: true }).click();
  await expect(page).toHaveURL(/\/indicators\/DE012$/);
  await page.goto("/indicators?emerging=blockchain");
  await expect(page.getByTestId("catalogue-empty")).toBeVisible();
  await context.close();
});

test("[PUBLIC]: the 示例数据 mark shows on every page that shows demo data", async ({ page }) => {
  for (const path of ["/", "/indicators/DE001", "/industries/03", "/regions/210112", "/embed/DE001", "/en/indicators/DE012"]) {
    await page.goto(path);
    await expect(page.getByTestId("demo-badge").first(), path).toBeVisible();
  }
});

test("[PUBLIC]: chart files, downloads, permalink and embed resolve", async ({ page, request }) => {
  await page.goto("/indicators/DE001?measure=in-period&last=8&region=210100,210106");
  const svgUrl = await page.getByTestId("tile-map-svg").getAttribute("href");
  const svg = await request.get(svgUrl!);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  const parse = await page.evaluate((text) => new DOMParser().parseFromString(text, "image/svg+xml").getElementsByTagName("parsererror").length, await svg.text());
  expect(parse).toBe(0);
  for (const link of await page.locator("[data-testid^=download-] a").all()) {
    const href = (await link.getAttribute("href"))!;
    expect((await request.get(href)).status(), href).toBe(200);
  }
  const permalink = (await page.getByTestId("permalink").getAttribute("href"))!;
  expect(new URL(permalink).search).toBe("?region=210100%2C210106&measure=in-period&last=8");
  const embed = await request.get(`/embed/DE001${new URL(permalink).search}`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  await page.goto(`/embed/DE001${new URL(permalink).search}`);
  await expect(page.locator(".site-header")).toHaveCount(0);
  await expect(page.getByTestId("trend-table").locator("tbody tr")).toHaveCount(16);
});

test("[PUBLIC]: the industry and district pages agree with the database", async ({ page }) => {
  const period = await latestReleased("DE001");
  const parts = await Promise.all(["DE004", "DE005", "DE006", "DE007"].map((c) => visibleRows(c, { region: "210100", period })));
  const values = parts.map(([r]) => new D(r.value!));
  const share = values[2].div(values.reduce((s, v) => s.plus(v), new D(0))).times(100);
  await page.goto("/industries/03");
  await expect(page.getByTestId("industry-structure-table").locator(`tr[data-period='${period}']`)).toHaveAttribute("data-share", /\d/);
  const exact = await page.getByTestId("industry-structure-table").locator(`tr[data-period='${period}']`).getAttribute("data-share");
  expect(new D(exact!).minus(share).abs().lt("1e-30")).toBe(true);

  const de001 = (await visibleRows("DE001", { period })).filter((r) => DISTRICTS.includes(r.region));
  const rank = 1 + de001.filter((r) => new D(r.value!).gt(new D(de001.find((x) => x.region === "210106")!.value!))).length;
  await page.goto("/regions/210106");
  await expect(page.locator("tr[data-code=DE001]").first()).toHaveAttribute("data-rank", String(rank));
});

test("[PUBLIC]: the demo's district page is one page of every indicator with district data: no pager, and any ?page shows it", async ({ page, request }) => {
  // the indicators whose latest released period has a district value, in catalogue order,
  // straight from the tables (pages of a longer list: lib/public/region-reads.db.test.ts)
  const { rows } = await testDb().query<{ code: string }>(
    `WITH l AS (
       SELECT DISTINCT ON (i.id) i.id, i.code, i.sort_order, o.period
       FROM indicator i JOIN observation o ON o.indicator_id = i.id
       JOIN batch b ON b.id = o.batch_id AND b.status = 'APPROVED'
       JOIN release r ON r.id = b.release_id AND r.cancelled_at IS NULL AND r.release_at <= now()
       WHERE i.retired_at IS NULL ORDER BY i.id, o.period_end DESC, o.period DESC)
     SELECT l.code FROM l WHERE EXISTS (
       SELECT 1 FROM observation o JOIN batch b ON b.id = o.batch_id AND b.status = 'APPROVED'
       JOIN release r ON r.id = b.release_id AND r.cancelled_at IS NULL AND r.release_at <= now()
       WHERE o.indicator_id = l.id AND o.period = l.period AND o.region_code = ANY($1))
     ORDER BY l.sort_order, l.code`,
    [DISTRICTS],
  );
  expect(rows.length).toBeGreaterThan(50);
  const codes = () => page.locator("[data-testid=region-profile-table] tbody tr").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-code")));
  await page.goto("/regions/210102");
  expect((await codes()).sort()).toEqual(rows.map((r) => r.code).sort());
  await expect(page.getByTestId("pager")).toHaveCount(0);
  for (const q of ["?page=2", "?page=0", "?page=-1", "?page=abc", "?page=1&page=2"]) {
    expect((await request.get(`/regions/210102${q}`)).status(), q).toBe(200);
    await page.goto(`/regions/210102${q}`);
    expect((await codes()).sort(), q).toEqual(rows.map((r) => r.code).sort());
  }
  await page.goto("/en/regions/210102?page=3");
  await expect(page.getByTestId("pager")).toHaveCount(0);
  await expect(page.locator("[data-testid=region-profile-table] tbody tr")).toHaveCount(rows.length);
});

test("[PUBLIC]: the English industry page names its NBS classes in English", async ({ page }) => {
  await page.goto("/en/industries/03");
  const classes = page.getByTestId("industry-classes");
  await expect(classes).toContainText("0301 Software development");
  expect(await classes.innerText()).not.toMatch(/\p{Script=Han}/u);
  await expect(page.getByRole("heading", { name: "Classes", exact: true })).toBeVisible();
});

test("[PUBLIC]: dated methodology notes show newest first once the epoch moves", async ({ page }) => {
  const db = testDb();
  const { rows } = await db.query<{ id: number }>("SELECT id FROM indicator WHERE code = 'DE056'");
  const tag = `e2e-${Date.now()}`;
  await db.query(
    `INSERT INTO methodology_note (indicator_id, effective_at, text_zh) VALUES ($1, '2024-01-01T00:00:00+08', $2), ($1, '2025-07-01T00:00:00+08', $3)`,
    [rows[0].id, `${tag} 旧口径说明`, `${tag} 新口径说明`],
  );
  // what a staff catalogue edit does in its transaction: public output may change
  await db.query(`INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1'::jsonb, now())
    ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`);
  await expect(async () => {
    await page.goto("/indicators/DE056");
    // as a reader scrolls to them: blocks below the first screen are drawn only when near it
    // (content-visibility, app/globals.css), and the text shown (innerText) is the text drawn
    const list = page.getByTestId("methodology-notes");
    // (a block scrolled to is drawn in the next frame: its text is read once it is drawn)
    await list.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => (await list.locator("li").allInnerTexts()).filter((n) => n.includes(tag)), { timeout: 3_000 })
      .toEqual([expect.stringContaining("新口径说明"), expect.stringContaining("旧口径说明")]);
  }).toPass({ timeout: 15_000 });
});
