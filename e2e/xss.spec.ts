// Hostile text in the catalogue and in uploaded notes must render as text everywhere:
// pages, server-drawn SVG charts, ECharts tooltips and labels, feeds and downloads.
import { expect, test } from "@playwright/test";
import { testDb } from "./helpers/db";
import { callAs, stageCsv, waitUntil } from "./helpers/workflow";

const CODE = `XSS${Date.now().toString(36).toUpperCase()}`;
const EVIL = `<img src=x onerror="window.__pwned=1">"><script>window.__pwned=2</script>`;

test("[SECURITY]: indicator names, notes and flags render as text, also in charts and tooltips", async ({ page, baseURL, request }) => {
  await testDb().query(
    `INSERT INTO indicator (code, name_zh, name_en, unit, frequency, measure_type, decimals, chapter, article_ref, articles, method_notes, definition,
                            method_notes_en, definition_en, source_note, source_note_en, updated_at)
     VALUES ($1, $2, $2, $3, 'QUARTER', 'STOCK', 0, 'INDUSTRIALIZATION', '第十九条', '{19}', $2, $2, $2, $2, $2, $2, now())`,
    [CODE, `指标${EVIL}`, `家${EVIL}`.slice(0, 60)],
  );
  await testDb().query(`INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1', now())
    ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`);
  const csv = ["指标代码,地区代码,时期,数值,备注", `${CODE},210100,2025Q3,12,"${EVIL.replace(/"/g, '""')}"`, `${CODE},210102,2025Q3,5,`].join("\n");
  const id = await stageCsv(baseURL!, csv);
  expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${id}/submit`)).status).toBe(200);
  const releaseAt = new Date(Date.now() + 2500);
  expect((await callAs(baseURL!, "reviewer", `/api/v1/batches/${id}/approve`, { releaseAt: releaseAt.toISOString() })).status).toBe(200);
  await waitUntil(releaseAt);

  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const url of [`/indicators/${CODE}`, `/en/indicators/${CODE}`, `/embed/${CODE}`, "/indicators?q=XSS", "/releases"]) {
    await page.goto(url);
    const island = page.locator(".chart-island").first();
    const chart = page.locator("[data-chart-ready=true]").first();
    if (await island.count()) {
      await island.scrollIntoViewIfNeeded();
      await expect(chart).toBeVisible();
      const box = await chart.boundingBox();
      if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2); // tooltips take HTML
      await page.waitForTimeout(300);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), url).toBeUndefined();
    expect(await page.locator("img[src=x]").count(), url).toBe(0);
  }
  expect(dialogs).toEqual([]);

  // server-drawn SVG files and feeds carry the text escaped
  const svg = await (await request.get(`/charts/${CODE}?chart=trend`)).text();
  expect(svg).not.toContain("<img");
  expect(svg).not.toContain("<script");
  const feed = await (await request.get(`/feeds/indicators/${CODE}`)).text();
  expect(feed).not.toContain("<img");
  // the exported CSV keeps the note as text (it starts with "<", not a formula)
  const csvOut = await (await request.get(`/api/v1/observations?indicator=${CODE}&format=csv`)).text();
  expect(csvOut).toContain("<img src=x");
});
