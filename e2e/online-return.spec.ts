import { expect, test, type Page } from "@playwright/test";
import { apiSignIn } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { freshUser, PASSWORD } from "./helpers/fresh-user";
import { auditActions, waitUntil } from "./helpers/workflow";

// The online return (在线填报): a department's uploader finds the return due this week on the
// staff home page, fills it by keyboard and by pasting a block from a spreadsheet, saves; a
// colleague continues it in another browser (his save over her newer draft is refused, not
// lost) and submits; a reviewer approves it into a release
// a few seconds ahead, and the values are public from that time on.

type Item = { code: string; period: string; status: string; department: { code: string } | null };
const CITY = "210100";

/** A return of the demo due within the week, of a department, for an amount in a unit without a low upper bound. */
async function dueThisWeek(page: Page): Promise<Item> {
  const all: Item[] = (await (await page.request.get("/api/v1/schedule")).json()).items;
  const { rows } = await testDb().query<{ code: string }>(`SELECT code FROM indicator WHERE unit NOT IN ('%', '％') AND (max_value IS NULL OR max_value > 100000) AND measure_type IN ('CUMULATIVE', 'PERIOD', 'STOCK')`);
  const amounts = new Set(rows.map((r) => r.code));
  const item = all.find((i) => i.status === "dueSoon" && i.department && /^DE0\d\d$/.test(i.code) && amounts.has(i.code));
  expect(item, "a return due this week in the demo").toBeTruthy();
  return item!;
}

async function departmentUploader(departmentCode: string): Promise<string> {
  const username = await freshUser(["uploader"]);
  await testDb().query(`INSERT INTO user_department (user_id, department_id) SELECT u.id, d.id FROM "user" u, department d WHERE u.username = $1 AND d.code = $2`, [username, departmentCode]);
  return username;
}

const box = (page: Page, code: string, region: string) => page.locator(`td[data-indicator="${code}"][data-region="${region}"]`);

test("[RETURN]: at 390 px the grid scrolls inside its box and the page is not wider than the screen", async ({ page, context }) => {
  await apiSignIn(context, "reviewer");
  const item = await dueThisWeek(page);
  await context.clearCookies();
  await apiSignIn(context, await departmentUploader(item.department!.code), PASSWORD);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`/returns/${item.period}`);
  await expect(box(page, item.code, CITY)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const wrap = page.getByTestId("return-grid-wrap");
  expect(await wrap.evaluate((el) => el.clientWidth)).toBeLessThanOrEqual(390);
  // the boxes are reachable: typing into one far right scrolls the grid, not the page
  const inputs = page.locator("table.return-grid input");
  await inputs.last().focus();
  await page.keyboard.type("7");
  await expect(inputs.last()).toHaveValue("7");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // a bad address answers 404, not an error
  expect((await page.request.get("/returns/2026Q9")).status()).toBe(404);
  expect((await page.request.get("/returns/%E0%A4%A")).status()).toBeLessThan(500);
  // the English page names the areas in English (region.name_en), not in Chinese
  await page.goto(`/en/returns/${item.period}`);
  const grid = page.getByTestId("return-grid");
  await expect(grid).toContainText("Shenyang");
  await expect(grid).not.toContainText("沈阳");
  // …and its units in English ("unit: 100 million yuan", not 亿元)
  const units = await grid.locator("th div.note").allInnerTexts();
  expect(units.length).toBeGreaterThan(0);
  expect(units.filter((u) => /\p{Script=Han}/u.test(u))).toEqual([]);
});

test("[RETURN]: a department fills its return online, a colleague submits it, a reviewer approves, the values are public at the release time", async ({ page, context, browser }) => {
  await apiSignIn(context, "reviewer");
  const item = await dueThisWeek(page);
  await context.clearCookies();
  const alice = await departmentUploader(item.department!.code);
  const bob = await departmentUploader(item.department!.code);

  // 1. from the staff home page to the return
  await apiSignIn(context, alice, PASSWORD);
  await page.goto("/staff");
  const line = page.getByTestId("returns-due").locator(`li[data-code="${item.code}"][data-period="${item.period}"]`);
  await line.getByRole("link", { name: "在线填报" }).click();
  await expect(page).toHaveURL(new RegExp(`/returns/${item.period}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("在线填报");
  await expect(box(page, item.code, CITY)).toContainText("上期");
  await expect(box(page, item.code, CITY)).toContainText("上年同期");

  // 2. by keyboard: a value, Enter moves down; a wrong value shows the upload's message at once
  const city = box(page, item.code, CITY).locator("input");
  await city.click();
  await page.keyboard.type("1,234.5");
  await page.keyboard.press("Enter");
  const second = page.locator("input:focus");
  const secondRegion = await second.evaluate((el) => el.closest("td")!.getAttribute("data-region"));
  expect(secondRegion).not.toBe(CITY);
  await page.keyboard.type("12a");
  await expect(page.locator(`td[data-region="${secondRegion}"][data-indicator="${item.code}"] [role="alert"]`)).toContainText("不是数字");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("５６");
  await expect(page.locator(`td[data-indicator="${item.code}"] [role="alert"]`)).toHaveCount(0);
  await page.keyboard.press("ArrowUp");
  await expect(city).toBeFocused();

  // a flag and a note on the city's value
  await page.getByTestId("return-flag").selectOption("PRELIMINARY");
  await page.getByTestId("return-note").fill("快报数");

  // 3. a block pasted from a spreadsheet fills down from the focused box: full-width digits and Chinese thousands separators
  await city.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter"); // the third box of the column
  const third = page.locator("input:focus");
  const thirdRegion = await third.evaluate((el) => el.closest("td")!.getAttribute("data-region"));
  await third.evaluate((el) => {
    const dt = new DataTransfer();
    dt.setData("text/plain", "１，２００\r\n300\r\n4,000.25\r\n");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await expect(third).toHaveValue("１，２００");
  const inputs = page.locator(`td[data-indicator="${item.code}"] input`);
  const values = await inputs.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const from = values.indexOf("１，２００");
  expect(values.slice(from, from + 3)).toEqual(["１，２００", "300", "4,000.25"]);
  expect(thirdRegion).toBeTruthy();

  // 4. saved on the server
  await page.getByTestId("return-save").click();
  await expect(page.getByTestId("return-status")).toContainText("草稿已保存");

  // 5. a colleague continues in another browser, and submits
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  await apiSignIn(other, bob, PASSWORD);
  const page2 = await other.newPage();
  await page2.goto(`/returns/${item.period}`);
  await expect(box(page2, item.code, CITY).locator("input")).toHaveValue("1,234.5");
  await expect(page2.getByTestId("return-saved-by")).toContainText("安全测试");
  await box(page2, item.code, CITY).locator("input").focus();
  await expect(page2.getByTestId("return-note")).toHaveValue("快报数");

  // both at once: Alice saves a change after Bob opened the draft; Bob's save of the same
  // indicator does not overwrite it but says who changed it and when; reloaded, he has hers
  await box(page, item.code, secondRegion!).locator("input").fill("57");
  await page.getByTestId("return-save").click();
  await expect(page.getByTestId("return-status")).toContainText("草稿已保存");
  await box(page2, item.code, secondRegion!).locator("input").fill("58");
  await page2.getByTestId("return-save").click();
  await expect(page2.getByTestId("return-status")).toHaveText(/草稿已被 安全测试\S* 于 \d\d:\d\d 修改，请刷新后再保存/);
  await page2.reload();
  await expect(box(page2, item.code, secondRegion!).locator("input")).toHaveValue("57");
  await page2.getByTestId("return-submit").click();
  await expect(page2.getByTestId("return-status")).toContainText("已提交审核");
  const href = await page2.getByTestId("return-status").getByRole("link").getAttribute("href");
  const batchId = Number(/\/uploads\/(\d+)/.exec(href ?? "")![1]);
  await other.close();
  expect(await auditActions(batchId)).toEqual(["batch.staged", "batch.submitted"]);
  const stored = await testDb().query(`SELECT region_code, value::text AS value, flag, note FROM observation WHERE batch_id = $1 AND region_code = $2`, [batchId, CITY]);
  expect(stored.rows[0]).toMatchObject({ value: expect.stringMatching(/^1234\.50*$/), flag: "PRELIMINARY", note: "快报数" });

  // the return is no longer due on the home page
  await page.goto("/staff");
  await expect(page.getByTestId("returns-due").locator(`li[data-code="${item.code}"][data-period="${item.period}"]`)).toHaveCount(0);

  // 6. a reviewer approves it into a release a few seconds ahead
  const releaseAt = new Date(Date.now() + 20_000);
  const rel = await testDb().query<{ id: number }>(
    `INSERT INTO release (title_zh, title_en, period, release_at, updated_at) VALUES ($2, 'Online return test', $3, $1, now()) RETURNING id`,
    [releaseAt, `${item.period} 在线填报测试发布`, item.period],
  );
  await context.clearCookies();
  await apiSignIn(context, "reviewer");
  await page.goto(`/review/${batchId}`);
  await page.getByLabel("加入已排期的发布").selectOption(String(rel.rows[0].id));
  await page.getByRole("button", { name: "批准" }).click();
  await expect(page.getByTestId("review-outcome")).toContainText("已批准（待发布）");

  // 7. public only from the release time
  const publicValue = async () => {
    const res = await page.request.get(`/api/v1/observations?indicator=${item.code}&region=${CITY}&format=csv`);
    expect(res.status()).toBe(200);
    return (await res.text()).split(/\r?\n/).filter((l) => l.includes(item.period));
  };
  await context.clearCookies();
  expect((await publicValue()).join("\n")).not.toContain("1234.5");
  await waitUntil(releaseAt);
  expect((await publicValue()).join("\n")).toContain("1234.5");
});
