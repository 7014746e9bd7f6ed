import { expect, test } from "@playwright/test";

test("[SECURITY]: a stored public page allows only its own inline scripts, by hash, and ECharts works under it", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await request.get("/"); // stores the page
  const res = await page.goto("/");
  expect(res!.headers()["x-page-cache"]).toBe("hit");
  const csp = res!.headers()["content-security-policy"];
  const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"))!;
  expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
  expect(csp).toContain("frame-ancestors 'none'");
  await page.getByTestId("core-structure-chart").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("core-structure-chart").locator("[data-chart-ready=true]")).toBeVisible();
  expect(violations).toEqual([]);
});

test("[SECURITY]: pages rendered per request carry a fresh nonce, and every answer carries the common headers", async ({ request }) => {
  const a = (await request.get("/login")).headers()["content-security-policy"];
  const b = (await request.get("/login")).headers()["content-security-policy"];
  expect(a).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(b).not.toBe(a);
  // the second request of each is answered from the stores by the front of the server
  for (const url of ["/", "/", "/api/health", "/api/v1/indicators", "/api/v1/indicators"]) {
    const h = (await request.get(url)).headers();
    expect(h["x-content-type-options"], url).toBe("nosniff");
    expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
  }
});
