import { expect, test } from "@playwright/test";

test("[SECURITY]: pages carry a nonce CSP that ECharts works under, and every answer carries the common headers", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/");
  const csp = res!.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  await expect(page.getByTestId("core-structure-chart").locator("[data-chart-ready=true]")).toBeVisible();
  expect(violations).toEqual([]);

  // a fresh nonce for each response
  const again = await request.get("/");
  expect(again.headers()["content-security-policy"]).not.toBe(csp);
  for (const url of ["/", "/api/health", "/api/v1/indicators"]) {
    const h = (await request.get(url)).headers();
    expect(h["x-content-type-options"], url).toBe("nosniff");
    expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
  }
});
