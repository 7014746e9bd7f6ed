import { expect, test } from "@playwright/test";
import Decimal from "decimal.js";
import { mustParsePeriod, periodLabelZh } from "../lib/period";
import { testDb } from "./helpers/db";
import { latestReleased } from "./helpers/demo-periods";

// What the database says the latest released core-industry values are, computed here
// independently of the app's own query code.
async function latestCoreFromDb() {
  const { rows } = await testDb().query<{ category: string; period: string; value: string }>(`
    WITH v AS (
      SELECT c.category_code AS category, o.period, o.value::text AS value,
             row_number() OVER (PARTITION BY o.indicator_id, o.period ORDER BY r.release_at DESC) AS rn
      FROM observation o
      JOIN batch b ON b.id = o.batch_id AND b.status = 'APPROVED'
      JOIN release r ON r.id = b.release_id AND r.release_at <= now()
      JOIN indicator i ON i.id = o.indicator_id
      JOIN indicator t ON t.id = i.part_of_id AND t.code = 'DE001'
      JOIN indicator_category c ON c.indicator_id = i.id
      WHERE o.region_code = '210100')
    SELECT category, period, value FROM v WHERE rn = 1 ORDER BY period DESC, category`);
  const latest = rows[0].period;
  return rows.filter((r) => r.period === latest);
}

test("[HOME]: the four core industries show as a chart and a table equal to the database @smoke", async ({ page }) => {
  const expected = await latestCoreFromDb();
  expect(expected.map((r) => r.category)).toEqual(["01", "02", "03", "04"]);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("数字经济核心产业");
  await expect(page.getByTestId("demo-badge").first()).toContainText("示例数据");

  // the interactive chart has drawn: ECharts' `finished` event set the flag
  const chart = page.getByTestId("core-structure-chart");
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator("[data-chart-ready=true]")).toBeVisible();
  await expect(chart.locator("canvas").first()).toBeVisible();

  const rows = page.getByTestId("core-structure-table").locator("tbody tr");
  await expect(rows).toHaveCount(4);
  for (const [i, want] of expected.entries()) {
    const row = rows.nth(i);
    await expect(row).toHaveAttribute("data-category", want.category);
    const shown = (await row.locator("td.num").first().innerText()).replace(/\s*\(.*\)$/, "");
    expect(shown).toBe(new Decimal(want.value).toFixed(2, Decimal.ROUND_HALF_UP));
  }
});

test("[HOME]: the chart and table are in the HTML without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByTestId("core-structure-chart").locator("svg").first()).toBeVisible();
  await expect(page.getByTestId("core-structure-table").locator("tbody tr")).toHaveCount(4);
  await context.close();
});

test("[HOME]: a fresh start shows today's demo: the last released quarter, every indicator with data, an upcoming release soon", async ({ page }) => {
  // the demo is generated for the day the server started (lib/demo): what it shows follows the calendar, not a fixed year
  const quarter = await latestReleased("DE001");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(periodLabelZh(mustParsePeriod(quarter), "ytd"));
  // every emerging-industry indicator of the catalogue has a value (specs before this one may add indicators without data)
  const emerging = await page.getByTestId("emerging-panel").locator("p:has(a[href^='/indicators/DE0'])").allInnerTexts();
  expect(emerging.length).toBeGreaterThan(10);
  for (const item of emerging) expect(item).not.toContain("尚无发布数据");
  const next = page.getByTestId("next-release").locator("time");
  const at = Date.parse((await next.getAttribute("datetime"))!);
  expect(at).toBeGreaterThan(Date.now());
  expect(at - Date.now()).toBeLessThan(21 * 86400_000);

  // every indicator of the reference catalogue has released data
  await page.goto("/indicators");
  const catalogue = await page.getByTestId("catalogue-table").locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-code") ?? "", tr.textContent ?? ""]));
  const reference = catalogue.filter(([code]) => /^DE0\d\d$|^GDP$/.test(code));
  expect(reference.length).toBeGreaterThanOrEqual(56);
  expect(reference.filter(([, text]) => text.includes("尚无发布数据")).map(([code]) => code)).toEqual([]);
  // the calendar lists what is coming as a bureau titles its releases, each with its data period
  await page.goto("/releases");
  const rows = await page.getByTestId("releases-upcoming").locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
  const planned = rows.filter(([, title]) => /^20\d\d年.*沈阳市.+主要指标$/.test(title));
  expect(planned.length).toBeGreaterThanOrEqual(5);
  for (const [, title, period] of planned) expect(title.startsWith(period.slice(0, 5)) && /^20\d\d年/.test(period), `${title} · ${period}`).toBe(true);
});

test("[HEALTH]: /api/health answers ok while the database answers @smoke", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: "ok" });
});
