// The quarterly bulletin: public once the quarter's core data is released, its headline
// figures equal to the database (computed here with decimal.js), and a valid PDF. The quarter
// is the latest the demo has released (or the one before, when that is a first quarter, which
// has no revision to note yet: each year's Q4 is verified in June).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Decimal from "decimal.js";
import { mustParsePeriod, periodLabelEn, periodLabelZh } from "../lib/period";
import { testDb } from "./helpers/db";
import { latestReleased, shift } from "./helpers/demo-periods";

async function releasedCity(code: string, period: string): Promise<string | null> {
  const { rows } = await testDb().query<{ value: string }>(
    `SELECT o.value::text AS value
     FROM observation o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id JOIN indicator i ON i.id = o.indicator_id
     WHERE i.code = $1 AND o.region_code = '210100' AND o.period = $2 AND b.status = 'APPROVED' AND r.cancelled_at IS NULL AND r.release_at <= now()
     ORDER BY r.release_at DESC, b.id DESC LIMIT 1`,
    [code, period],
  );
  return rows[0]?.value ?? null;
}

const fixed = (v: string | Decimal, n: number) => new Decimal(v).toFixed(n, Decimal.ROUND_HALF_UP);

async function bulletinQuarter(): Promise<string> {
  const latest = await latestReleased("DE001");
  return latest.endsWith("Q1") ? shift(latest, -1) : latest;
}

test("[BULLETIN]: the bulletin of the latest quarter carries the headline figures of the database @smoke", async ({ page }) => {
  const period = await bulletinQuarter();
  const label = periodLabelZh(mustParsePeriod(period), "ytd");
  const value = (await releasedCity("DE001", period))!;
  const growth = (await releasedCity("DE002", period))!;
  const share = (await releasedCity("DE003", period))!;
  const shareBefore = (await releasedCity("DE003", shift(period, -4)))!;

  await page.goto(`/reports/${period}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${label}沈阳市数字经济统计监测简报`);
  await expect(page.getByTestId("demo-badge").first()).toContainText("示例数据");
  const points = new Decimal(share).minus(shareBefore);
  const pp = fixed(points.abs(), 1);
  await expect(page.getByTestId("bulletin-headline")).toHaveText(
    `${label}，全市数字经济核心产业实现增加值${fixed(value, 2)}亿元，同比增长${fixed(growth, 1)}%，占地区生产总值比重为${fixed(share, 1)}%，比上年同期${points.isNegative() ? "回落" : "提高"}${pp}个百分点。`,
  );
  await expect(page.getByTestId("bulletin-core-table").locator('tr[data-code="DE001"] td').first()).toHaveText(fixed(value, 2));
  // a section per chapter, server-rendered charts, notes on revisions and methods
  await expect(page.getByTestId("bulletin-chapter-INFRASTRUCTURE")).toContainText("二、数字基础设施");
  await expect(page.locator("#bulletin-structure svg").first()).toBeAttached();
  await expect(page.getByTestId("bulletin-revisions")).toContainText("修订为");
  await expect(page.getByText("按四舍五入保留2位小数")).toBeVisible();

  await page.goto(`/en/reports/${period}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(periodLabelEn(mustParsePeriod(period), "ytd"));
  await expect(page.getByTestId("bulletin-headline")).toContainText(`value added of ${fixed(value, 2)} (100 million yuan), up ${fixed(growth, 1)}% year on year`);
});

test("[BULLETIN]: a quarter not yet released has no bulletin; the index lists the released ones", async ({ request }) => {
  const latest = await latestReleased("DE001");
  const next = shift(latest, 1);
  expect((await request.get(`/reports/${next}`)).status()).toBe(404);
  expect((await request.get(`/reports/${next}.pdf`)).status()).toBe(404);
  expect((await request.get(`/reports/${latest.slice(0, 4)}M09`)).status()).toBe(404);
  const index = await request.get("/reports");
  expect(index.status()).toBe(200);
  const html = await index.text();
  expect(html).toContain(`href="/reports/${latest}"`);
  expect(html).toContain(`href="/reports/${shift(latest, -1)}"`);
  expect(html).not.toContain(`href="/reports/${next}"`);
});

test("[BULLETIN]: the PDF is a valid PDF of at least one page, rendered once per release", async ({ request }) => {
  const period = await bulletinQuarter();
  const res = await request.get(`/reports/${period}.pdf`, { timeout: 60_000 });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  const pdf = await res.body();
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pdf.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true);
  // cached per visibility epoch: the second answer is the same document, without re-rendering
  const started = Date.now();
  const again = await request.get(`/reports/${period}.pdf`);
  expect(Date.now() - started).toBeLessThan(1500);
  expect(Buffer.compare(await again.body(), pdf)).toBe(0);
});

/** How far down each page of a PDF its content reaches (0–1), the page-number footer left out: poppler draws each page. */
function pageFill(pdf: Buffer): number[] {
  const dir = mkdtempSync(path.join(tmpdir(), "bulletin-"));
  try {
    writeFileSync(path.join(dir, "b.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", "20", "-gray", path.join(dir, "b.pdf"), path.join(dir, "p")]);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".pgm"))
      .sort()
      .map((f) => {
        const data = readFileSync(path.join(dir, f));
        const [, size, , ] = data.subarray(0, 40).toString("latin1").split("\n");
        const [w, h] = size.split(" ").map(Number);
        const body = data.subarray(data.length - w * h);
        let last = 0;
        for (let y = 0; y < h * 0.92; y++) if (body.subarray(y * w, (y + 1) * w).some((px) => px < 200)) last = y;
        return last / h;
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("[BULLETIN]: the PDF's pages are not left half empty by page breaks (Chinese and English)", async ({ request }) => {
  const period = await bulletinQuarter();
  for (const file of [`${period}.pdf`, `${period}.en.pdf`]) {
    const res = await request.get(`/reports/${file}`, { timeout: 60_000 });
    expect(res.status(), file).toBe(200);
    const fill = pageFill(await res.body());
    expect(fill.length, file).toBeGreaterThan(1);
    // every page but the last is filled at least two thirds of the way down
    expect(fill.slice(0, -1).map((f) => Math.round(f * 100)).filter((f) => f < 66), file).toEqual([]);
  }
});
