// The staff side of the first hour: each role's home leads with its work, pages name what
// they show, releases read as releases, a value far from its series is caught, and the plain
// templates teach by example. Periods are derived from the database, never written here: the
// demo lives on the day it is created.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import Decimal from "decimal.js";
import { apiSignIn, bearerToken, requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { visibleRows } from "./helpers/public-data";
import { callAs, stageCsv } from "./helpers/workflow";

const shanghaiLocal = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
const DAY = 86400_000;
// quarters years ahead, for batches of the test's own that no demo release touches
const FUTURE = new Date().getFullYear() + 5;

/** The latest released value of a series, and the median of its eight before (as the check computes it). */
async function seriesTail(code: string, region: string) {
  const rows = (await visibleRows(code, { region })).filter((r) => r.value !== null);
  expect(rows.length, `${code} ${region} has released values`).toBeGreaterThan(8);
  return rows.at(-1)!;
}

async function submitted(baseURL: string, csv: string): Promise<number> {
  const id = await stageCsv(baseURL, csv);
  expect((await callAs(baseURL, "uploader", `/api/v1/batches/${id}/submit`)).status).toBe(200);
  return id;
}

async function signInAs(page: Page, username: string) {
  await page.context().clearCookies();
  await apiSignIn(page.context(), username);
}

test("[REVIEW]: from the reviewer's home to a flagged value, named, marked before 批准; the release gets a title and period and the page says what happened", async ({ page, baseURL }) => {
  // DE010 (企业数) for 和平区: a value 300 times its series, as in the incident
  const last = await seriesTail("DE010", "210102");
  const huge = new Decimal(last.value!).times(300).toDecimalPlaces(0).toString();
  const id = await submitted(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210102,${last.period},${huge}\n`);

  await signInAs(page, "reviewer");
  await page.goto("/staff");
  const queue = page.getByTestId("home-review-queue");
  await expect(queue.locator(`li[data-batch-id="${id}"]`)).toContainText("数字经济核心产业“四上”企业数");
  await queue.locator(`li[data-batch-id="${id}"] a`).click();
  await expect(page).toHaveURL(new RegExp(`/review/${id}$`));

  // names, not codes: the preview row and the compare chart's area list
  const row = page.getByTestId("preview-table").locator(`tr[data-key="DE010|210102|${last.period}"]`);
  await expect(row).toContainText("数字经济核心产业“四上”企业数");
  await expect(row).toContainText("和平区");
  await expect(row.locator("td").nth(3)).toHaveText(/^\d{4}年/);
  await expect(page.getByTestId("compare-region").locator("option:checked")).toHaveText("和平区");

  // the flagged value, with both figures, right above the approve button
  const flagged = page.getByTestId("approve-outliers");
  await expect(flagged).toContainText(`填报 ${huge}，本序列近8期中位数`);
  const before = await flagged.evaluate((el) => {
    const button = [...document.querySelectorAll("[data-testid=approve-form] button")].find((b) => b.textContent === "批准")!;
    return !!(el.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(before, "the warning comes before the approve button").toBe(true);
  await expect(page.getByTestId("report-warnings")).toContainText(`填报 ${huge}`);

  // a chosen time: title and data period prefilled from the batch, and editable
  const form = page.getByTestId("approve-form");
  await form.getByLabel("或指定发布时间（北京时间）").fill(shanghaiLocal(new Date(Date.now() + 2 * DAY)));
  await expect(form.getByLabel("发布标题", { exact: true })).toHaveValue(/^\d{4}年.*沈阳市数字经济核心产业“四上”企业数$/);
  await expect(form.getByLabel("数据时期")).toHaveValue(last.period);
  const title = `${(await form.getByLabel("发布标题", { exact: true }).inputValue())}（${Date.now().toString(36)}）`;
  await form.getByLabel("发布标题", { exact: true }).fill(title);
  await form.getByLabel(/修订原因/).selectOption("CORRECTION");
  await form.getByRole("button", { name: "批准" }).click();

  // the top of the page says what happened and where the release stands
  await expect(page).toHaveURL(/done=approved/);
  const top = page.getByTestId("review-outcome");
  await expect(top).toContainText("您已批准本批次");
  await expect(top).toContainText("已批准（待发布）");
  await expect(top).toContainText(title);
  await expect(top).toContainText(/还有 [12] 天/);
  expect((await top.boundingBox())!.y).toBeLessThan(300);

  // the public calendar shows the release by its title and period, never the batch
  await page.goto("/releases");
  const pub = page.getByTestId("releases-upcoming").locator("tr", { hasText: title });
  await expect(pub.locator("td").nth(2)).toHaveText(/^\d{4}年/);
  await expect(page.getByTestId("releases-upcoming")).not.toContainText(`批次 ${id}`);
  expect(await (await page.request.get("/feeds/releases")).text()).toContain(title);
  const { rows } = await testDb().query("SELECT r.title_zh, r.period FROM batch b JOIN release r ON r.id = b.release_id WHERE b.id = $1", [id]);
  expect(rows[0]).toEqual({ title_zh: title, period: last.period });
});

test("[REVIEW]: the compare chart opens on the batch's first changed value, whichever of its lists the reviewer shows", async ({ page, baseURL }) => {
  // 沈河区 sent again as published, 大东区 revised by one firm: the chart shows 大东区
  const same = await seriesTail("DE010", "210103");
  const revised = await seriesTail("DE010", "210104");
  const id = await submitted(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210103,${same.period},${same.value}\nDE010,210104,${revised.period},${new Decimal(revised.value!).plus(1)}\n`);
  await signInAs(page, "reviewer");
  for (const list of ["", "?kind=unchanged", "?kind=changed"]) {
    await page.goto(`/review/${id}${list}`);
    await expect(page.getByTestId("compare-region").locator("option:checked"), list || "all").toHaveText("大东区");
  }
});

test("[REVIEW]: a long batch's preview pages through every value, 100 a page, keeping the list and the chart's choice", async ({ page, baseURL }) => {
  // 14 areas × 11 quarters years ahead: 154 values no release touches
  const areas = ["210100", "210102", "210103", "210104", "210105", "210106", "210111", "210112", "210113", "210114", "210115", "210123", "210124", "210181"];
  const quarters = Array.from({ length: 11 }, (_, i) => `${FUTURE + 1 + Math.floor(i / 4)}Q${(i % 4) + 1}`);
  const lines = areas.flatMap((a, i) => quarters.map((q, j) => `DE010,${a},${q},${500 + i * 11 + j}`));
  const id = await submitted(baseURL!, `指标代码,地区代码,时期,数值\n${lines.join("\n")}\n`);
  await signInAs(page, "reviewer");
  await page.goto(`/review/${id}?region=210105`);
  const table = page.getByTestId("preview-table");
  await expect(table.locator("tbody tr")).toHaveCount(100);
  const pager = page.getByTestId("pager");
  await expect(pager).toContainText("第 1 页，共 2 页");
  const first = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-key")));
  await pager.getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(table.locator("tbody tr")).toHaveCount(54);
  const second = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-key")));
  expect(new Set([...first, ...second]).size, "every value once across the two pages").toBe(154);
  await expect(page.getByTestId("compare-region").locator("option:checked")).toHaveText("皇姑区");
  // the list of new values pages the same way; a page past the end shows the first
  await page.goto(`/review/${id}?kind=new&page=2`);
  await expect(table.locator("tbody tr")).toHaveCount(54);
  await expect(page.getByTestId("pager").getByRole("link", { name: "上一页" })).toHaveAttribute("href", new RegExp(`/review/${id}\\?kind=new$`));
  await page.goto(`/review/${id}?page=9`);
  await expect(table.locator("tbody tr")).toHaveCount(100);
});

test("[RELEASES]: a planned release is moved, then cancelled with a reason; its batch returns to review and is approved into another; the audit log says so in words", async ({ page, baseURL }) => {
  const id = await submitted(baseURL!, `指标代码,地区代码,时期,数值\nDE011,210104,${FUTURE}Q1,${(Date.now() % 900) + 100}\n`);
  const titleZh = `取消测试 ${Date.now().toString(36)}`;
  const approved = await callAs(baseURL!, "reviewer", `/api/v1/batches/${id}/approve`, { releaseAt: new Date(Date.now() + 3 * DAY).toISOString(), titleZh });
  expect(approved.status).toBe(200);
  expect(approved.body.release.title).toBe(titleZh);
  const { rows } = await testDb().query<{ id: number; period: string }>("SELECT id, period FROM release WHERE title_zh = $1", [titleZh]);
  expect(rows[0].period).toBe(`${FUTURE}Q1`);

  await signInAs(page, "admin");
  await page.goto("/admin/releases");
  const row = page.getByTestId("admin-upcoming").locator(`tr[data-release-id="${rows[0].id}"]`);
  await expect(row.getByTestId("release-batches")).toContainText(String(id));
  await row.getByLabel("新的发布时间").fill(shanghaiLocal(new Date(Date.now() + 4 * DAY)));
  await row.getByLabel("调整原因").fill("等待核实");
  await row.getByRole("button", { name: "调整" }).click();
  await expect(row.getByTestId(`move-release-${rows[0].id}`).getByRole("status")).toContainText("已调整");
  const cancel = row.getByTestId(`cancel-release-${rows[0].id}`);
  await cancel.getByText("取消这次发布").click();
  await cancel.getByLabel("取消原因").fill("源数据有误，重新核实");
  await cancel.getByRole("button", { name: "确认取消" }).click();
  await expect(page.getByTestId("release-cancelled-note")).toHaveText(`已取消“${titleZh}”；1 个批次已回到待审核。`);
  await expect(page.getByTestId("admin-cancelled").locator(`li[data-release-id="${rows[0].id}"]`)).toContainText("源数据有误，重新核实");
  await page.goto("/releases");
  await expect(page.getByTestId("releases-upcoming")).not.toContainText(titleZh);

  // back in the queue, and approvable into another release
  await signInAs(page, "reviewer");
  await page.goto("/review");
  await expect(page.getByTestId("review-queue").locator(`tr[data-batch-id="${id}"]`)).toBeVisible();
  expect((await callAs(baseURL!, "reviewer", `/api/v1/batches/${id}/approve`, { releaseAt: new Date(Date.now() + 5 * DAY).toISOString() })).status).toBe(200);

  // the trail, in words: who cancelled, why, and the move as before → after
  await signInAs(page, "admin");
  await page.goto(`/admin/audit?action=release`);
  const table = page.getByTestId("audit-table");
  const cancelled = table.locator('tr[data-action="release.cancelled"]').first();
  await expect(cancelled).toContainText("取消发布");
  await expect(cancelled).toContainText("原因: 源数据有误，重新核实");
  const moved = table.locator('tr[data-action="release.moved"]', { hasText: "等待核实" }).first();
  await expect(moved).toContainText(/发布时间: \d{4}\/\d{2}\/\d{2} \d{2}:\d{2} → \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
  await expect(table).not.toContainText('{"');
  await page.goto(`/admin/audit?batch=${id}`);
  await expect(page.getByTestId("audit-table").locator('tr[data-action="batch.returned_to_review"]')).toContainText("批次退回待审核");
  await page.goto("/en/admin/audit?action=auth.sign_in");
  await expect(page.getByTestId("audit-table").locator('tr[data-action="auth.sign_in"]').first()).toContainText("Signed in");
});

test("[TEMPLATES]: both plain templates carry the city and 13 districts for the next return due, and ingest once filled in", async ({ page, baseURL }) => {
  await signInAs(page, "uploader");
  await page.goto("/uploads/new");
  await expect(page.getByTestId("template-note")).toContainText("已预填全市及13个区县");
  const token = await bearerToken(baseURL!, "uploader");
  const api = await requestAs(baseURL!);
  for (const [link, layout] of [["长表模板（CSV）", "long"], ["宽表模板（CSV）", "wide"]] as const) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
    const text = readFileSync((await download.path())!, "utf8");
    const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines, layout).toHaveLength(15);
    const head = lines[0].split(",");
    const cells = lines.slice(1).map((l) => l.split(","));
    expect(new Set(cells.map((c) => c[0])).size, "one indicator").toBe(1);
    expect(cells.map((c) => c[head.indexOf(layout === "long" ? "地区代码" : "地区代码")])[0]).toBe("210100");
    let filled: string;
    if (layout === "long") {
      const period = head.indexOf("时期");
      expect(cells.every((c) => /^\d{4}(Q[1-4]|M\d\d)?$/.test(c[period]))).toBe(true);
      const value = head.indexOf("数值");
      filled = [lines[0], ...cells.map((c) => c.map((x, i) => (i === value ? "1" : x)).join(","))].join("\r\n");
    } else {
      const periodCol = head.findIndex((h) => /^\d{4}年/.test(h));
      expect(periodCol, "a period column").toBeGreaterThan(0);
      filled = [lines[0], ...cells.map((c) => c.map((x, i) => (i === periodCol ? "1" : x)).join(","))].join("\r\n");
    }
    const res = await api.post("/api/v1/batches?dryRun=true", {
      headers: { Authorization: `Bearer ${token}` },
      multipart: { file: { name: `filled-${layout}.csv`, mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${filled}\r\n`) } },
    });
    const body = await res.json();
    expect(res.status(), JSON.stringify(body.errors)).toBe(200);
    expect(body).toMatchObject({ rows: 14, layout, errors: [] });
  }
  await api.dispose();
});

test("[HOME]: each role's home leads with its work", async ({ page, baseURL }) => {
  // a batch returned to the uploader, with its reason
  const back = await submitted(baseURL!, `指标代码,地区代码,时期,数值\nDE011,210105,${FUTURE}Q2,${(Date.now() % 900) + 100}\n`);
  expect((await callAs(baseURL!, "reviewer", `/api/v1/batches/${back}/reject`, { reason: "和平区口径不一致" })).status).toBe(200);
  await signInAs(page, "uploader");
  await page.goto("/staff");
  const headings = await page.locator("main h2").allTextContents();
  expect(headings[0]).toBe("待报送的数据");
  await expect(page.getByTestId("returned-batches").locator(`li[data-batch-id="${back}"]`)).toContainText("和平区口径不一致");
  // the demo keeps returns due this week and one overdue
  await expect(page.getByTestId("returns-due").locator("li").first()).toHaveAttribute("data-status", /overdue|dueSoon/);

  await signInAs(page, "reviewer");
  const waiting = await submitted(baseURL!, `指标代码,地区代码,时期,数值\nDE011,210106,${FUTURE}Q2,${(Date.now() % 900) + 100}\n`);
  await page.goto("/staff");
  expect((await page.locator("main h2").allTextContents())[0]).toMatch(/^待审核批次（\d+）$/);
  await expect(page.getByTestId("home-review-queue").locator(`li[data-batch-id="${waiting}"]`)).toBeVisible();

  await signInAs(page, "admin");
  await page.goto("/staff");
  expect((await page.locator("main h2").allTextContents()).slice(0, 2)).toEqual([expect.stringMatching(/^逾期未报（\d+）$/), "即将进行的发布"]);

  await signInAs(page, "leader");
  await page.goto("/staff");
  expect((await page.locator("main h2").allTextContents())[0]).toBe("领导驾驶舱");
  await expect(page.locator("main [data-testid^=kpi-]").first()).toBeVisible();
  const bulletin = page.getByTestId("home-bulletin-link");
  await expect(bulletin).toHaveAttribute("href", /^\/reports\/\d{4}Q[1-4]$/);
  await page.getByTestId("home-dashboard-link").click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByTestId("dashboard-bulletin-link").click();
  await expect(page).toHaveURL(/\/reports\/\d{4}Q[1-4]$/);
});
