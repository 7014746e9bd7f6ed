// Every public page on a 390 px phone, in Chinese and English: nothing is wider than the
// screen, and every chart is drawn for the width it is shown at — its text is at least 11 px
// on the screen and there is no blank band under it. On the indicator page the chart comes
// before the form, which is folded away.
import { expect, test, type Page } from "@playwright/test";
import { latestReleased } from "./helpers/demo-periods";

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });

const MIN_TEXT_PX = 11;
const MAX_BLANK_PX = 40;

/** What is wrong with the charts on the page as shown: text too small, blank space under the drawing. */
async function chartProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ minText, maxBlank }) => {
      const problems: string[] = [];
      for (const island of document.querySelectorAll<HTMLElement>(".chart-island")) {
        const box = island.getBoundingClientRect();
        if (box.width === 0) continue;
        const svg = [...island.querySelectorAll<SVGSVGElement>(".chart-svg svg")].find((s) => s.getBoundingClientRect().width > 0);
        const name = island.closest("figure")?.id || "chart";
        if (!svg) {
          problems.push(`${name}: no drawing shown`);
          continue;
        }
        const shown = svg.getBoundingClientRect();
        const scale = shown.width / (svg.viewBox.baseVal?.width || Number(svg.getAttribute("width")));
        for (const text of svg.querySelectorAll("text")) {
          const px = parseFloat(getComputedStyle(text).fontSize) * scale;
          if (text.textContent?.trim() && px < minText) problems.push(`${name}: "${text.textContent}" is ${px.toFixed(1)} px`);
        }
        // the drawing's content (everything but the full-size background rectangle) reaches its bottom
        const drawn = [...svg.children].slice(1).map((c) => c.getBoundingClientRect()).filter((r) => r.height > 0 || r.width > 0);
        const contentBottom = Math.max(...drawn.map((r) => r.bottom));
        if (shown.bottom - contentBottom > maxBlank) problems.push(`${name}: ${Math.round(shown.bottom - contentBottom)} px blank under the drawing`);
        if (box.bottom - shown.bottom > maxBlank) problems.push(`${name}: ${Math.round(box.bottom - shown.bottom)} px blank under the chart`);
        if (shown.width > box.width + 1) problems.push(`${name}: drawn ${shown.width} px wide in a ${box.width} px box`);
      }
      return problems;
    },
    { minText: MIN_TEXT_PX, maxBlank: MAX_BLANK_PX },
  );
}

test("[PHONE]: every public page fits a 390 px screen and its charts are drawn for it", async ({ page }) => {
  test.setTimeout(240_000);
  const quarter = await latestReleased("DE001");
  const paths = ["/", "/indicators", "/indicators/DE001", "/indicators/DE005?measure=in-period", "/industries", "/industries/02", "/regions", "/regions/210106", "/releases", "/reports", `/reports/${quarter}`, "/api-docs", "/embed/DE001", "/no-such-page"];
  let charts = 0;
  for (const path of paths) {
    for (const url of [path, path === "/" ? "/en" : `/en${path}`]) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(path === "/no-such-page" ? 404 : 200);
      const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
      expect(width.page, `${url} is ${width.page} px wide on a ${width.screen} px screen`).toBeLessThanOrEqual(width.screen);
      expect(await chartProblems(page), url).toEqual([]);
      charts += await page.locator(".chart-island").count();
    }
  }
  expect(charts, "the walk met charts to check").toBeGreaterThan(20);
});

test("[PHONE]: on an indicator page the chart comes first and the form is folded behind a button", async ({ page }) => {
  await page.goto("/indicators/DE001");
  const chart = page.locator("#trend-chart");
  const fold = page.getByTestId("series-form-fold");
  const [chartTop, foldTop] = [(await chart.boundingBox())!.y, (await fold.boundingBox())!.y];
  expect(chartTop).toBeLessThan(foldTop);
  expect(chartTop, "the chart starts within the first screen").toBeLessThan(844);
  await expect(page.getByTestId("series-form")).toBeHidden();
  await fold.locator("summary").tap();
  await expect(page.getByTestId("series-form")).toBeVisible();
});
