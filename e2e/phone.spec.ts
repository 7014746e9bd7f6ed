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
