// A reader on a phone: the pages fit the screen, and a chart is the server-drawn SVG until it
// is touched, when it becomes the interactive ECharts chart.
import { expect, test } from "@playwright/test";

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });

test("[PUBLIC]: on a phone the pages fit the screen and a touched chart becomes interactive", async ({ page }) => {
  for (const url of ["/", "/indicators", "/indicators/DE001", "/en/indicators/DE001", "/industries/01", "/regions/210102", "/releases"]) {
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${url} scrolls sideways`).toBeLessThanOrEqual(1);
  }
  await page.goto("/indicators/DE001");
  const trend = page.locator("#trend-chart .chart-island");
  await expect(trend.locator(".chart-svg svg").filter({ visible: true })).toBeVisible(); // the phone-wide drawing
  await expect(trend).toHaveAttribute("data-chart-ready", "false");
  await trend.tap();
  await expect(trend).toHaveAttribute("data-chart-ready", "true");
  await expect(trend.locator("canvas").first()).toBeVisible();
});

// The chart SVGs reach the HTML by key (lib/charts/server-markup-store.ts), not in the page data
// the HTML repeats for React (self.__next_f): once hydrated, the drawings must still be there.
test("[PUBLIC]: chart drawings are in the HTML once, not in its page data, and stay through hydration", async ({ page, request }) => {
  for (const url of ["/", "/indicators/DE001", "/industries/01", "/regions/210102"]) {
    const html = await (await request.get(url)).text();
    const pushed: string[] = [];
    const scripts = [...html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?\))<\/script>/g)].map((m) => m[1]);
    expect(scripts.length, `${url} has page data`).toBeGreaterThan(0);
    new Function("self", scripts.join(";"))({ __next_f: { push: (x: unknown[]) => pushed.push(String(x[1] ?? "")) } });
    const data = pushed.join("");
    expect(data, `${url}: page data`).toContain("markupKey");
    expect(data, `${url}: no drawing in the page data`).not.toMatch(/<svg/);
    expect(html.match(/<svg[\s>]/g)?.length ?? 0, `${url}: drawings in the HTML`).toBeGreaterThanOrEqual(2);
  }
  await page.goto("/indicators/DE001");
  // React has claimed the drawing's element: hydration is done
  await page.waitForFunction(() => {
    const el = document.querySelector("#trend-chart .chart-narrow");
    return !!el && Object.keys(el).some((k) => k.startsWith("__reactFiber"));
  });
  for (const id of ["trend-chart", "ranking-chart", "tile-map"]) {
    const island = page.locator(`#${id} .chart-island`);
    await island.scrollIntoViewIfNeeded();
    await expect(island.locator(".chart-narrow svg")).toBeVisible();
    await expect(island).toHaveAttribute("data-chart-ready", "false");
  }
});
