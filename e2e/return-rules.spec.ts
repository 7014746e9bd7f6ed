import { expect, test, type Page } from "@playwright/test";
import { apiSignIn } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { freshUser, PASSWORD } from "./helpers/fresh-user";

// The bureau's validation rules (审核规则) on an online return: an administrator makes a range
// mandatory and the band against the same period last year 核实性 for one indicator on
// /admin/rules; the department's reporter sees the error and the warning as they type, explains
// the warning and saves the draft; a colleague in a second browser finds the explanation saved
// with the value and submits; the reviewer sees the explanation beside the value and approves.

type Item = { code: string; period: string; status: string; department: { code: string } | null };
const CITY = "210100";
const box = (page: Page, code: string, region: string) => page.locator(`td[data-indicator="${code}"][data-region="${region}"]`);

async function dueAmount(page: Page): Promise<Item> {
  const all: Item[] = (await (await page.request.get("/api/v1/schedule")).json()).items;
  const { rows } = await testDb().query<{ code: string }>(`SELECT code FROM indicator WHERE unit NOT IN ('%', '％') AND (max_value IS NULL OR max_value > 100000) AND measure_type IN ('CUMULATIVE', 'PERIOD', 'STOCK')`);
  const amounts = new Set(rows.map((r) => r.code));
  // the last one due within the week: e2e/online-return.spec.ts takes the first, and the demo's
  // one overdue return stays unreported for e2e/schedule.spec.ts and e2e/reminders.spec.ts
  const item = all.filter((i) => i.status === "dueSoon" && i.department && /^DE0\d\d$/.test(i.code) && amounts.has(i.code)).at(-1);
  expect(item, "a return due in the demo").toBeTruthy();
  return item!;
}

async function editRule(page: Page, code: string, o: { params: string; severity: string; scope: string; active: boolean; note: string }) {
  const row = page.locator(`tr[data-code="${code}"]`);
  await row.getByTestId(`rule-edit-${code}`).locator("summary").click();
  const form = row.getByTestId(`rule-edit-${code}`);
  await form.locator('textarea[name="params"]').fill(o.params);
  await form.locator('select[name="severity"]').selectOption(o.severity);
  await form.locator('input[name="scope"]').fill(o.scope);
  await form.locator('input[name="active"]').setChecked(o.active);
  await form.locator('input[name="note"]').fill(o.note);
  await form.getByRole("button", { name: "保存为新版本" }).click();
  await expect(form).toContainText(`已保存规则 ${code} 的新版本`);
}

test("[RULES]: a mandatory range and a band to explain, as the reporter types; the reviewer reads the explanation and approves", async ({ page, context, browser }) => {
  test.setTimeout(150_000);
  await apiSignIn(context, "reviewer");
  const item = await dueAmount(page);
  await context.clearCookies();
  const reporter = await freshUser(["uploader"]);
  await testDb().query(`INSERT INTO user_department (user_id, department_id) SELECT u.id, d.id FROM "user" u, department d WHERE u.username = $1 AND d.code = $2`, [reporter, item.department!.code]);

  // what the reporter will see beside the city's box: last year's published figure
  await apiSignIn(context, reporter, PASSWORD);
  await page.goto(`/returns/${item.period}`);
  const history = await box(page, item.code, CITY).locator(".return-history").innerText();
  const lastYear = Number(/上年同期\s*([\d.]+)/.exec(history)?.[1]);
  expect(lastYear, `last year's figure in "${history}"`).toBeGreaterThan(0);
  const max = Math.ceil(lastYear * 2);
  const tooBig = String(Math.ceil(lastYear * 3) + 1);
  const unusual = String(Math.ceil(lastYear * 1.6));

  // 1. the administrator sets the rules for this indicator on /admin/rules
  await context.clearCookies();
  await apiSignIn(context, "admin");
  await page.goto("/staff");
  await page.getByRole("link", { name: "审核规则" }).first().click();
  await expect(page).toHaveURL(/\/admin\/rules$/);
  await editRule(page, "RANGE", { params: JSON.stringify({ check: "range", min: "0", max: String(max) }), severity: "HARD", scope: item.code, active: true, note: "e2e：上限" });
  await editRule(page, "YOY_BAND", { params: JSON.stringify({ check: "yoy_band", pct: "30" }), severity: "SOFT", scope: item.code, active: true, note: "e2e：同比核实" });
  await page.reload();
  await expect(page.locator('tr[data-code="RANGE"]').getByTestId("rule-severity")).toHaveText("强制性");
  await expect(page.getByTestId("rule-history-YOY_BAND")).toContainText("e2e：同比核实");

  // 2. the reporter types: an error for a value above the range, a warning for one outside last year's band
  await context.clearCookies();
  await apiSignIn(context, reporter, PASSWORD);
  await page.goto(`/returns/${item.period}`);
  const city = box(page, item.code, CITY);
  await city.locator("input").fill(tooBig);
  await expect(city.getByTestId("rule-error")).toContainText(`允许 0–${max}，填报 ${tooBig}`);
  await page.getByTestId("return-submit").click();
  await expect(page.getByTestId("return-status")).toContainText("强制性审核未通过");
  await city.locator("input").fill(unusual);
  await expect(city.getByTestId("rule-error")).toHaveCount(0);
  await expect(city.getByTestId("rule-warning")).toContainText(`上年同期 ${lastYear}`);
  await expect(city.getByTestId("rule-warning")).toContainText(`填报 ${unusual}`);
  await page.getByTestId("return-submit").click();
  await expect(page.getByTestId("return-status")).toContainText("需要填写说明");

  // 3. explained and saved as a draft; a colleague of the department opens the return in another
  // browser, finds the value and the explanation (上报说明) saved with it, and submits
  await city.getByTestId("rule-explain").fill("本季新增两家大型企业入统");
  await page.getByTestId("return-save").click();
  await expect(page.getByTestId("return-status")).toContainText("已保存");
  const colleague = await freshUser(["uploader"]);
  await testDb().query(`INSERT INTO user_department (user_id, department_id) SELECT u.id, d.id FROM "user" u, department d WHERE u.username = $1 AND d.code = $2`, [colleague, item.department!.code]);
  const other = await browser.newContext();
  await apiSignIn(other, colleague, PASSWORD);
  const second = await other.newPage();
  await second.goto(`/returns/${item.period}`);
  const theirCity = box(second, item.code, CITY);
  await expect(theirCity.locator("input")).toHaveValue(unusual);
  await expect(theirCity.getByTestId("rule-explain")).toHaveValue("本季新增两家大型企业入统");
  await second.getByTestId("return-submit").click();
  await expect(second.getByTestId("return-status")).toContainText("已提交审核");
  const href = await second.getByTestId("return-status").getByRole("link").getAttribute("href");
  await other.close();
  const batchId = Number(/\/uploads\/(\d+)/.exec(href ?? "")![1]);

  // 4. the reviewer sees the explanation beside the value, and accepts it
  const rel = await testDb().query<{ id: number }>(`INSERT INTO release (title_zh, period, release_at, updated_at) VALUES ('审核规则测试发布', $2, $1, now()) RETURNING id`, [
    new Date(Date.now() + 3600_000),
    item.period,
  ]);
  await context.clearCookies();
  await apiSignIn(context, "reviewer");
  await page.goto(`/review/${batchId}`);
  const found = page.getByTestId("rule-findings").locator('tr[data-rule="YOY_BAND"]');
  await expect(found).toContainText(`填报 ${unusual}`);
  await expect(found.getByTestId("finding-explanation")).toHaveText("本季新增两家大型企业入统");
  await page.getByLabel("加入已排期的发布").selectOption(String(rel.rows[0].id));
  await page.getByRole("button", { name: "批准" }).click();
  await expect(page.getByTestId("review-outcome")).toContainText("已批准");

  // 5. the administrator sees the explanation accepted, and puts the rules back
  await context.clearCookies();
  await apiSignIn(context, "admin");
  await page.goto("/admin/rules");
  expect(Number(await page.locator('tr[data-code="YOY_BAND"]').getByTestId("rule-accepted").innerText())).toBeGreaterThanOrEqual(1);
  await editRule(page, "RANGE", { params: JSON.stringify({ check: "range", min: "0", max: null }), severity: "HARD", scope: "*", active: false, note: "e2e：恢复" });
  await editRule(page, "YOY_BAND", { params: JSON.stringify({ check: "yoy_band", pct: "30" }), severity: "SOFT", scope: "*", active: false, note: "e2e：恢复" });
});
