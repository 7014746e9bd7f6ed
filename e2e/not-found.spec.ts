// A mistyped address gets the site's own page in the reader's language, with the site's
// navigation, and an unknown API path gets the API's JSON error, never Next's bare page.
import { expect, test } from "@playwright/test";

test("[404]: an unknown address shows the site's page in Chinese, and in English under /en", async ({ page }) => {
  const zh = await page.goto("/no-such-page/at-all");
  expect(zh?.status()).toBe(404);
  await expect(page.getByTestId("not-found").getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.locator(".site-nav").getByRole("link", { name: "指标", exact: true })).toHaveAttribute("href", "/indicators");

  const en = await page.goto("/en/indicators/DE001/extra");
  expect(en?.status()).toBe(404);
  await expect(page.getByTestId("not-found").getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.getByTestId("not-found").getByRole("link", { name: "Browse the indicator catalogue" }).click();
  await expect(page).toHaveURL(/\/en\/indicators$/);
});

test("[404]: an unknown API path answers 404 in the API's JSON error shape", async ({ request }) => {
  for (const method of ["GET", "POST", "DELETE"]) {
    const res = await request.fetch("/api/v1/no-such-endpoint", { method, data: method === "GET" ? undefined : {} });
    expect(res.status(), method).toBe(404);
    expect(res.headers()["content-type"]).toContain("application/json");
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
    expect(res.headers()["access-control-allow-origin"], "readable from other sites").toBe("*");
  }
  const preflight = await request.fetch("/api/v1/no-such-endpoint", { method: "OPTIONS" });
  expect(preflight.status()).toBe(204);
});
