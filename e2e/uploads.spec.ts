import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Decimal from "decimal.js";
import { apiSignIn, bearerToken, requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { visibleRows } from "./helpers/public-data";
import { futureQuarter, latestReleased } from "./helpers/demo-periods";
import iconv from "iconv-lite";

const FILES = path.join(process.cwd(), "e2e/files/ingest");

async function batchCount(): Promise<number> {
  const { rows } = await testDb().query("SELECT count(*)::int AS n FROM batch");
  return rows[0].n;
}

test("[UPLOAD]: a GBK wide-layout file uploaded in the browser shows its report and preview @smoke", async ({ page, context }) => {
  // the fixture's year made the year of the latest released quarter, whose Q1 the demo has published
  const year = (await latestReleased("DE001")).slice(0, 4);
  const gbk = iconv.encode(iconv.decode(readFileSync(path.join(FILES, "ok-wide-gbk.csv")), "gb18030").replaceAll("2025年", `${year}年`), "gb18030");
  const file = { name: "ok-wide-gbk.csv", mimeType: "text/csv", buffer: gbk };
  await apiSignIn(context, "uploader");
  await page.goto("/uploads/new");
  const counts = (testId: string) => page.getByTestId(testId).evaluate((e: HTMLElement) => [e.dataset.new, e.dataset.changed, e.dataset.unchanged]);
  // a check first: nothing staged, and it says what would be new or changed
  await page.getByLabel("选择文件").setInputFiles(file);
  await page.getByLabel("仅检查，不暂存").check();
  await page.getByRole("button", { name: "上传并检查" }).click();
  const result = page.getByTestId("upload-result");
  await expect(result).toHaveAttribute("data-status", "200");
  await expect(page.getByTestId("upload-preview")).toContainText("与已发布数据比较");
  const checked = await counts("upload-preview");
  expect(Number(checked[1])).toBeGreaterThanOrEqual(1); // DE001 全市 Q1, below
  await page.getByLabel("仅检查，不暂存").uncheck();
  await page.getByLabel("选择文件").setInputFiles(file);
  await page.getByRole("button", { name: "上传并检查" }).click();
  await expect(result).toHaveAttribute("data-status", "201");
  await expect(result.getByRole("status")).toContainText("9 个数值");
  await expect(page.getByTestId("upload-meta")).toContainText("编码: GBK / GB18030");
  await expect(page.getByTestId("upload-meta")).toContainText("版式: 宽表");
  await expect(page.getByTestId("report-warnings")).toContainText("EMPTY_CELLS_SKIPPED");

  await result.getByRole("link", { name: /查看批次/ }).click();
  await expect(page.getByTestId("batch-status")).toHaveText("已暂存");
  expect(await counts("preview-counts"), "the check counted what staging shows").toEqual(checked);
  // DE001 全市 Q1 is published (demo data): the preview shows old → new and the difference
  const { rows } = await testDb().query<{ value: string }>(`
    SELECT o.value::text FROM observation o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
    JOIN indicator i ON i.id = o.indicator_id
    WHERE i.code = 'DE001' AND o.region_code = '210100' AND o.period = $1 AND b.status = 'APPROVED' AND r.release_at <= now()
    ORDER BY r.release_at DESC LIMIT 1`, [`${year}Q1`]);
  const row = page.getByTestId("preview-table").locator(`tr[data-key="DE001|210100|${year}Q1"]`);
  await expect(row).toHaveAttribute("data-kind", "changed");
  const cells = row.locator("td.num");
  expect(new Decimal(await cells.nth(0).innerText()).equals(rows[0].value)).toBe(true);
  await expect(cells.nth(1)).toHaveText("100.4");
  expect(new Decimal(await cells.nth(2).innerText()).equals(new Decimal("100.4").minus(rows[0].value))).toBe(true);
  await page.getByTestId("batch-compare-chart").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("batch-compare-chart").locator("[data-chart-ready=true]")).toBeVisible();
});

test("[UPLOAD]: a bad file shows exact lines and Chinese messages, and stages nothing", async ({ page, context }) => {
  await apiSignIn(context, "uploader");
  const before = await batchCount();
  await page.goto("/uploads/new");
  await page.getByLabel("选择文件").setInputFiles(path.join(FILES, "bad-unknown-region.csv"));
  await page.getByRole("button", { name: "上传并检查" }).click();
  const result = page.getByTestId("upload-result");
  await expect(result).toHaveAttribute("data-status", "422");
  await expect(result.getByRole("status")).toContainText("未暂存任何数据");
  const err = page.getByTestId("report-errors").locator('tr[data-code="UNKNOWN_REGION"]').first();
  await expect(err).toHaveAttribute("data-line", "2");
  await expect(err).toContainText("未知地区");
  expect(await batchCount()).toBe(before);
});

test("[UPLOAD]: the progress bars appear for a large file", async ({ page, context }) => {
  // the check of 140 000 rows may take its full minute below when the other e2e lane
  // (scripts/test-all.sh) keeps the second core busy: the test's time covers that minute
  test.setTimeout(120_000);
  await apiSignIn(context, "uploader");
  // ~140 000 valid values (about 3 MB): monthly stocks for 13 units over 1950–2099
  const lines = ["指标代码,地区代码,时期,数值"];
  const regions = ["210102", "210103", "210104", "210105", "210106", "210111", "210112", "210113", "210114", "210115", "210123", "210124", "210181"];
  for (const ind of ["DE024", "DE026", "DE027", "DE028", "DE029", "DE030"])
    for (const r of regions)
      for (let y = 1950; y < 2100; y++) for (let m = 1; m <= 12; m += 1) if (lines.length < 140_000) lines.push(`${ind},${r},${y}M${String(m).padStart(2, "0")},${m}`);
  await page.goto("/uploads/new");
  await page.getByLabel("仅检查，不暂存").check();
  await page.getByLabel("选择文件").setInputFiles({ name: "large.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
  await page.getByRole("button", { name: "上传并检查" }).click();
  await expect(page.getByTestId("progress-upload")).toBeVisible();
  await expect(page.getByTestId("progress-validate")).toBeVisible();
  await expect(page.getByTestId("upload-result")).toHaveAttribute("data-status", "200", { timeout: 60_000 });
  expect(Number(await page.getByTestId("progress-validate").getAttribute("value"))).toBeGreaterThan(0);
});

test("[UPLOAD API]: dryRun validates without staging; the same file again is a 409 duplicate", async ({ baseURL }) => {
  const token = await bearerToken(baseURL!, "uploader");
  const api = await requestAs(baseURL!);
  const headers = { Authorization: `Bearer ${token}` };
  const csv = `指标代码,地区,时期,数值\nDE010,和平区,${await futureQuarter()},${Date.now() % 100000}\n`;
  const file = { name: "one.csv", mimeType: "text/csv", buffer: Buffer.from(csv) };
  const before = await batchCount();
  const dry = await api.post("/api/v1/batches?dryRun=true", { headers, multipart: { file } });
  expect(dry.status()).toBe(200);
  expect(await dry.json()).toMatchObject({ id: null, status: "dry-run", rows: 1, encoding: "utf-8", layout: "long", errors: [], preview: { new: 1, changed: 0, unchanged: 0 } });
  expect(await batchCount()).toBe(before);
  // a released value sent again with another number counts as a change, an equal one as unchanged
  const [a, b] = (await visibleRows("DE001", { region: "210100" })).filter((r) => r.value !== null && r.flag === null).slice(-2);
  const other = `指标代码,地区,时期,数值\nDE001,沈阳市,${a.period},${a.value}\nDE001,沈阳市,${b.period},${new Decimal(b.value!).plus(1).toString()}\n`;
  const both = await api.post("/api/v1/batches?dryRun=true", { headers, multipart: { file: { name: "two.csv", mimeType: "text/csv", buffer: Buffer.from(other) } } });
  expect(both.status()).toBe(200);
  expect((await both.json()).preview).toEqual({ new: 0, changed: 1, unchanged: 1 });
  expect(await batchCount()).toBe(before);

  const staged = await api.post("/api/v1/batches", { headers, multipart: { file } });
  expect(staged.status()).toBe(201);
  const body = await staged.json();
  expect(body).toMatchObject({ status: "staged", rows: 1, checksum: expect.stringMatching(/^[0-9a-f]{64}$/) });
  const again = await api.post("/api/v1/batches", { headers, multipart: { file } });
  expect(again.status()).toBe(409);
  expect((await again.json()).duplicateOf).toBe(body.id);
  const got = await api.get(`/api/v1/batches/${body.id}`, { headers });
  expect(await got.json()).toMatchObject({ id: body.id, status: "staged", checksum: body.checksum, rows: 1 });
  const { rows } = await testDb().query("SELECT action FROM audit_event WHERE entity_type = 'batch' AND entity_id = $1", [String(body.id)]);
  expect(rows.map((r) => r.action)).toEqual(["batch.staged"]);
  await api.dispose();
});

test("[UPLOAD API]: every bad file of the corpus is refused with 4xx and stages nothing", async ({ baseURL }) => {
  const token = await bearerToken(baseURL!, "uploader");
  const api = await requestAs(baseURL!);
  const before = await batchCount();
  const bad = readdirSync(FILES).filter((f) => f.startsWith("bad-"));
  expect(bad.length).toBeGreaterThanOrEqual(30);
  for (const f of bad) {
    const res = await api.post("/api/v1/batches", {
      headers: { Authorization: `Bearer ${token}` },
      multipart: { file: { name: f, mimeType: "application/octet-stream", buffer: readFileSync(path.join(FILES, f)) } },
    });
    expect([413, 422], f).toContain(res.status());
    const body = await res.json();
    expect(body.id, f).toBeNull();
    expect(body.errors.length, f).toBeGreaterThan(0);
    for (const e of body.errors) expect(typeof e.line, f).toBe("number");
  }
  expect(await batchCount()).toBe(before);
  await api.dispose();
});

test("[UPLOAD API]: a file over the size limit is refused with 413", async ({ baseURL }) => {
  const token = await bearerToken(baseURL!, "uploader");
  const api = await requestAs(baseURL!);
  const res = await api.post("/api/v1/batches", {
    headers: { Authorization: `Bearer ${token}` },
    multipart: { file: { name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(5 * 1024 * 1024, "1,") } },
  });
  expect(res.status()).toBe(413);
  expect((await res.json()).error?.message ?? "").toContain("MB");
  await api.dispose();
});

test("[UPLOAD]: a template pre-filled with chosen indicators and periods downloads as UTF-8 CSV with BOM", async ({ page, context }) => {
  await apiSignIn(context, "uploader");
  await page.goto("/uploads/new");
  const form = page.getByTestId("template-form");
  await form.getByLabel("预填指标代码").fill("DE001,DE010");
  await form.getByLabel("起始时期").fill("2025Q1");
  await form.getByLabel("截止时期").fill("2025Q2");
  const [download] = await Promise.all([page.waitForEvent("download"), form.getByRole("button", { name: "下载预填模板" }).click()]);
  const text = readFileSync((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split(/\r?\n/);
  expect(lines[0]).toContain("指标代码");
  // 2 indicators × 14 regions × 2 quarters in the long layout
  expect(lines.length - 1).toBe(2 * 14 * 2);
  expect(lines.some((l) => l.startsWith("DE010,") && l.includes("210102") && l.includes("2025Q2"))).toBe(true);
});
