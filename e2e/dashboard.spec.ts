// The leadership dashboard: figures checked against the database (computed here with
// decimal.js, not with the app's code), access, targets and alerts, and pre-release access.
import { expect, test } from "@playwright/test";
import Decimal from "decimal.js";
import { apiSignIn, requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { callAs, stageCsv } from "./helpers/workflow";
import { futureQuarter, shift } from "./helpers/demo-periods";

/** Newest released vintage of each period of an indicator in the city. */
async function released(code: string): Promise<Map<string, string>> {
  const { rows } = await testDb().query<{ period: string; value: string }>(
    `SELECT DISTINCT ON (o.period) o.period, o.value::text AS value
     FROM observation o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id JOIN indicator i ON i.id = o.indicator_id
     WHERE i.code = $1 AND o.region_code = '210100' AND b.status = 'APPROVED' AND r.cancelled_at IS NULL AND r.release_at <= now()
     ORDER BY o.period, r.release_at DESC, b.id DESC`,
    [code],
  );
  return new Map(rows.map((r) => [r.period, r.value]));
}

const fixed = (v: string | Decimal, n: number) => new Decimal(v).toFixed(n, Decimal.ROUND_HALF_UP);
const same = (a: string | null, b: string) => a !== null && new Decimal(a).eq(b);

test("[DASHBOARD]: a leader sees KPI values equal to values derived from the database", async ({ page, context }) => {
  const de001 = await released("DE001");
  const period = [...de001.keys()].sort().at(-1)!;
  const lastYear = shift(period, -4);
  // the in-period value of a YTD flow: this quarter's total less the previous one's (Q1: itself)
  const inPeriod = period.endsWith("Q1") ? new Decimal(de001.get(period)!) : new Decimal(de001.get(period)!).minus(de001.get(shift(period, -1))!);
  const growth = (await released("DE002")).get(period)!;
  const de010 = await released("DE010");

  await apiSignIn(context, "leader");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("领导驾驶舱");
  await expect(page.getByTestId("demo-badge").first()).toContainText("示例数据");

  const card = page.getByTestId("kpi-DE001");
  expect(same(await card.getAttribute("data-value"), de001.get(period)!)).toBe(true);
  await expect(card.getByTestId("kpi-value")).toHaveText(fixed(de001.get(period)!, 2));
  // published growth (DE002) is preferred and shown in release wording
  await expect(card.getByTestId("kpi-growth")).toHaveText(`同比增长${fixed(growth, 1)}%`);
  await expect(card.getByTestId("kpi-change")).toContainText(`+${fixed(inPeriod, 2)}`);

  // a stock without a published growth rate: computed from levels and marked 计算值
  const computed = new Decimal(de010.get(period)!).div(de010.get(lastYear)!).minus(1).times(100);
  await expect(page.getByTestId("kpi-DE010").getByTestId("kpi-growth")).toHaveText(`同比增长${fixed(computed, 1)}%计算值`);

  // structure: each core industry's share of the core total
  const de006 = (await released("DE006")).get(period)!;
  const row = page.getByTestId("table-core-structure").locator('tr[data-key="03"]');
  await expect(row.locator("td").nth(3)).toHaveText(fixed(new Decimal(de006).div(de001.get(period)!).times(100), 1));

  // charts are drawn (ECharts `finished`) and export as PNG
  const chart = page.getByTestId("chart-core-trend");
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator("[data-chart-ready=true]")).toBeVisible();
  const download = page.waitForEvent("download");
  await chart.getByTestId("export-png").click();
  expect((await download).suggestedFilename()).toBe("core-trend.png");
  // and its data as XLSX (a zip: "PK")
  const xlsx = await context.request.get((await chart.getByTestId("export-xlsx").getAttribute("href"))!);
  expect(xlsx.status()).toBe(200);
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
});

test("[DASHBOARD]: uploader and anonymous users are refused", async ({ baseURL }) => {
  const anon = await requestAs(baseURL!);
  const page = await anon.get("/dashboard", { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers().location).toContain("/login?next=%2Fdashboard");
  expect((await anon.get("/api/v1/dashboard/export?chart=kpis")).status()).toBe(401);
  const uploader = await requestAs(baseURL!, "uploader");
  expect((await uploader.get("/dashboard", { maxRedirects: 0 })).status()).toBe(403);
  expect((await uploader.get("/api/v1/dashboard/export?chart=kpis")).status()).toBe(403);
  expect((await uploader.get("/admin/targets", { maxRedirects: 0 })).status()).toBe(403);
  const leader = await requestAs(baseURL!, "leader");
  expect((await leader.get("/admin/targets", { maxRedirects: 0 })).status()).toBe(403);
  expect((await leader.get("/admin/settings", { maxRedirects: 0 })).status()).toBe(403);
  await Promise.all([anon.dispose(), uploader.dispose(), leader.dispose()]);
});

test("[DASHBOARD]: a target set by the admin shows its progress and an off-track alert", async ({ page, context }) => {
  const de001 = await released("DE001");
  // last year's: the demo sets this year's targets itself
  const year = String(Number([...de001.keys()].sort().at(-1)!.slice(0, 4)) - 1);
  // measured at the year's third quarter, a quarter of the year still to go (at Q4 the target would be missed)
  const period = `${year}Q3`;
  expect(de001.has(period)).toBe(true);
  await apiSignIn(context, "admin");
  await page.goto("/admin/targets");
  const form = page.getByTestId("target-form");
  await form.getByLabel("指标").selectOption("DE001");
  await form.getByLabel("目标年份").fill(year);
  await form.getByLabel("目标值").fill("2000");
  await form.getByLabel("期限").fill(`${year}-12-31`);
  await form.getByLabel("来源").fill("“十四五”规划");
  await form.getByRole("button", { name: "新增目标" }).click();
  await expect(form.getByRole("status")).toHaveText("目标已保存。");
  const { rows } = await testDb().query(`SELECT data FROM audit_event WHERE action = 'target.saved' ORDER BY id DESC LIMIT 1`);
  expect(rows[0].data).toMatchObject({ before: null, after: { indicatorCode: "DE001", regionCode: "210100", year: Number(year), value: "2000", deadline: `${year}-12-31` } });

  await context.clearCookies();
  await apiSignIn(context, "leader");
  await page.goto(`/dashboard?period=${period}&region=210100`);
  const target = page.getByTestId(`target-DE001-${year}`);
  await expect(target).toHaveAttribute("data-status", "off-track");
  const progress = new Decimal(de001.get(period)!).div(2000).times(100);
  await expect(target.locator("td").nth(5)).toHaveText(`${fixed(progress, 1)}%`);
  const alert = page.locator('[data-testid=alerts] li[data-code="target-off-track"][data-indicator="DE001"]');
  await expect(alert).toContainText(`目标完成进度${fixed(progress, 1)}%`);
  await expect(alert.getByRole("link")).toHaveAttribute("href", "/indicators/DE001");
  await expect(page.getByTestId("kpi-DE001").getByTestId("kpi-target")).toHaveAttribute("data-status", "off-track");

  // the admin deletes it; the audit row keeps what it was
  await context.clearCookies();
  await apiSignIn(context, "admin");
  await page.goto("/admin/targets");
  page.once("dialog", (d) => d.accept());
  await page.getByTestId(`target-row-DE001-210100-${year}`).getByRole("button", { name: "删除" }).click();
  await expect(page.getByTestId(`target-row-DE001-210100-${year}`)).toHaveCount(0);
  const del = await testDb().query(`SELECT data FROM audit_event WHERE action = 'target.deleted' ORDER BY id DESC LIMIT 1`);
  expect(del.rows[0].data).toMatchObject({ before: { indicatorCode: "DE001", value: "2000" }, after: null });
});

test("[DASHBOARD]: pre-release values only with the admin setting on, marked 未发布 and audited", async ({ page, context, baseURL }) => {
  const mark = String(7000 + (Date.now() % 2000));
  const quarter = await futureQuarter(1); // no demo data for it, released or waiting
  const id = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210100,${quarter},${mark}\n`);
  expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${id}/submit`)).status).toBe(200);
  const approved = await callAs(baseURL!, "reviewer", `/api/v1/batches/${id}/approve`, { releaseAt: new Date(Date.now() + 2 * 86400_000).toISOString() });
  expect(approved.status).toBe(200);

  // off by default: the approved, unreleased value is not on the dashboard
  const setting = await testDb().query(`SELECT value FROM setting WHERE key = 'prerelease.leaders'`);
  expect(setting.rows[0]?.value ?? false).toBe(false);
  await apiSignIn(context, "leader");
  for (const url of ["/dashboard", `/dashboard?period=${quarter}`]) {
    await page.goto(url);
    await expect(page.getByTestId("kpi-DE010")).not.toHaveAttribute("data-value", mark);
    await expect(page.getByTestId("unreleased-mark")).toHaveCount(0);
  }

  // the admin turns it on
  await context.clearCookies();
  await apiSignIn(context, "admin");
  await page.goto("/admin/settings");
  await page.getByLabel("允许领导查看已批准、尚未发布的数据").check();
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByTestId("prerelease-form").getByRole("status")).toContainText("已开启");

  const before = Number((await testDb().query(`SELECT count(*) FROM audit_event WHERE action = 'prerelease.viewed'`)).rows[0].count);
  await context.clearCookies();
  await apiSignIn(context, "leader");
  await page.goto(`/dashboard?period=${quarter}`);
  const card = page.getByTestId("kpi-DE010");
  await expect(card).toHaveAttribute("data-value", mark);
  await expect(card.getByTestId("unreleased-mark")).toHaveText("未发布");
  await expect(page.getByTestId("prerelease-note")).toBeVisible();
  const { rows } = await testDb().query(`SELECT actor_name, data FROM audit_event WHERE action = 'prerelease.viewed' ORDER BY id DESC`);
  expect(rows.length).toBeGreaterThan(before);
  expect(rows[0].actor_name).toBe("leader");
  expect(rows[0].data.batchIds).toContain(id);
  const release = (await testDb().query(`SELECT release_id FROM batch WHERE id = $1`, [id])).rows[0].release_id;
  expect(rows[0].data.releaseIds).toContain(release);

  // the public still cannot see it
  const api = await (await requestAs(baseURL!)).get("/api/v1/observations?indicator=DE010&region=210100&format=json&limit=10000");
  const published = ((await api.json()) as { data: { period: string; value: string | null }[] }).data;
  expect(published.length).toBeGreaterThan(0);
  // compared as rows, not as text: four random digits could sit inside another value
  expect(published.filter((r) => r.period === quarter || r.value === mark)).toEqual([]);

  // and off again, for the specs that follow
  await context.clearCookies();
  await apiSignIn(context, "admin");
  await page.goto("/admin/settings");
  await page.getByLabel("允许领导查看已批准、尚未发布的数据").uncheck();
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByTestId("prerelease-state")).toHaveAttribute("data-enabled", "false");
});
