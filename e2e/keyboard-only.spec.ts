// The whole workflow without a mouse: every control is reached with Tab and worked with Enter,
// Space or the arrow keys (page.click is never used). Only the file itself is given with
// setInputFiles, since choosing it happens in the operating system's dialog.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { futureQuarter } from "./helpers/demo-periods";
import { waitUntil } from "./helpers/workflow";

let Q = "";
test.beforeAll(async () => {
  Q = await futureQuarter(3); // other specs use 0–2
});

/** Presses Tab (from the top of the page) until `target` has the focus; fails if it never does. */
async function tabTo(page: Page, target: Locator, max = 300): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

async function signIn(page: Page, next: string, username: string): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await tabTo(page, page.getByLabel("用户名"));
  await page.keyboard.type(username);
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await page.waitForURL((u) => u.pathname.endsWith(next));
}

test("[A11Y]: upload, submit, approve into a release and read it publicly, by keyboard alone", async ({ browser }) => {
  test.setTimeout(120_000);
  const value = String(600 + (Date.now() % 300));

  // 1. the uploader: sign in, choose the file, upload, open the batch, submit it
  const up = await browser.newContext();
  const page = await up.newPage();
  await signIn(page, "/uploads/new", "uploader");
  const file = page.getByLabel("选择文件");
  await tabTo(page, file);
  await file.setInputFiles({ name: "kbd.csv", mimeType: "text/csv", buffer: Buffer.from(`指标代码,地区代码,时期,数值\nDE010,210102,${Q},${value}\n`) });
  await tabTo(page, page.getByRole("button", { name: "上传并检查" }));
  await page.keyboard.press("Enter");
  const result = page.getByTestId("upload-result");
  await expect(result.getByRole("status")).toContainText("1 个数值");
  await tabTo(page, result.getByRole("link", { name: /查看批次/ }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("batch-status")).toHaveText("已暂存");
  const id = Number(new URL(page.url()).pathname.split("/").at(-1));
  await tabTo(page, page.getByRole("button", { name: "提交审核" }));
  await page.keyboard.press("Space");
  await expect(page.getByTestId("batch-actions").getByRole("status")).toHaveText("已提交审核。");
  await up.close();

  // 2. the reviewer (another browser): the queue, the batch, approve into a release seconds ahead
  const releaseAt = new Date(Date.now() + 25_000);
  const { rows } = await testDb().query<{ id: number }>(
    `INSERT INTO release (title_zh, title_en, period, release_at, updated_at) VALUES ($2, 'Keyboard release', $3, $1, now()) RETURNING id`,
    [releaseAt, `${Q} 键盘发布`, Q],
  );
  const rev = await browser.newContext();
  const rpage = await rev.newPage();
  await signIn(rpage, "/review", "reviewer");
  await tabTo(rpage, rpage.getByTestId("review-queue").locator(`a[href$="/review/${id}"]`));
  await rpage.keyboard.press("Enter");
  await expect(rpage.getByTestId("review-uploader")).toContainText("统计员");
  const select = rpage.getByLabel("加入已排期的发布");
  await tabTo(rpage, select);
  for (let i = 0; i < 50 && (await select.inputValue()) !== String(rows[0].id); i++) await rpage.keyboard.press("ArrowDown");
  await expect(select).toHaveValue(String(rows[0].id));
  await tabTo(rpage, rpage.getByRole("button", { name: "批准" }));
  await rpage.keyboard.press("Enter");
  await expect(rpage.getByTestId("review-outcome")).toContainText("已批准（待发布）");
  await expect(rpage.getByTestId("review-outcome")).toContainText(`${Q} 键盘发布`);
  await rev.close();

  // 3. after the release time the public indicator page shows the value
  const pub = await browser.newContext();
  const ppage = await pub.newPage();
  await waitUntil(releaseAt);
  await ppage.goto(`/indicators/DE010?period=${Q}`);
  await expect(ppage.getByTestId("district-table").locator("tr", { hasText: "和平区" })).toContainText(value);
  await pub.close();
});
