import { expect, test } from "@playwright/test";
import { apiSignIn, bearerToken, requestAs } from "./helpers/auth";

// The webServer runs with ALLOW_TEST_CLOCK=1, so ?now= sets the schedule's date. The demo data
// runs to 2025Q3 / 2025M09 (last release in October 2025).

test("[SCHEDULE]: overdue items on a test clock, by indicator and by department", async ({ page, context }) => {
  await apiSignIn(context, "reviewer");
  await page.goto("/schedule?now=2025-12-20");
  await expect(page.getByTestId("schedule-today")).toHaveText("统计日期：2025-12-20");

  // DE012 (software revenue, monthly YTD, due 15 days after month end): demo data stops at 2025M09
  const overdue = page.getByTestId("overdue-list");
  await expect(overdue.locator('li[data-code="DE012"][data-period="2025M11"]')).toContainText("应于 2025-12-15 前报送，已逾期 5 天");
  await expect(overdue.locator('li[data-code="DE012"][data-period="2025M10"]')).toContainText("已逾期 35 天");
  // DE001's 2025Q3 was released in October: not overdue, shown as released
  await expect(overdue.locator('li[data-code="DE001"]')).toHaveCount(0);
  const de001 = page.getByTestId("indicator-schedule").locator('tr[data-code="DE001"]');
  await expect(de001.locator('td[data-period="2025Q3"]')).toHaveAttribute("data-status", "released");
  await expect(de001.locator('td[data-period="2025Q2"]')).toHaveAttribute("data-status", "released");

  // the department summary counts the same overdue items
  const miit = page.getByTestId("department-summary").locator('tr[data-department="miit"]');
  await expect(miit.locator('td[data-slot="current"][data-status="overdue"]')).not.toHaveText("");

  // the same clock through the API
  const api = await page.request.get("/api/v1/schedule?now=2025-12-20&status=overdue");
  const body = await api.json();
  expect(body.today).toBe("2025-12-20");
  expect(body.items.find((i: { code: string; period: string }) => i.code === "DE012" && i.period === "2025M11")).toMatchObject({ dueDate: "2025-12-15", daysOverdue: 5 });
});

test("[SCHEDULE]: a staged upload shows as received; uploaders see the schedule, leaders do not", async ({ page, context, baseURL, browser }) => {
  const token = await bearerToken(baseURL!, "uploader");
  const api = await requestAs(baseURL!);
  // DE011: an indicator and quarter no other spec stages or approves (status "approved" would win)
  const csv = "指标代码,地区,时期,数值\nDE011,和平区,2025Q4,12.34\n";
  const res = await api.post("/api/v1/batches", { headers: { Authorization: `Bearer ${token}` }, multipart: { file: { name: "q4.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } } });
  expect(res.status()).toBe(201);
  await api.dispose();

  await apiSignIn(context, "uploader");
  await page.goto("/schedule?now=2026-01-05");
  const cell = page.getByTestId("indicator-schedule").locator('tr[data-code="DE011"] td[data-period="2025Q4"]');
  await expect(cell).toHaveAttribute("data-status", "received");
  await expect(cell).toContainText("地区 1/14");
  await expect(page.getByRole("navigation").getByRole("link", { name: "报送进度" })).toBeVisible();

  const leader = await browser.newContext();
  await apiSignIn(leader, "leader");
  expect((await (await leader.newPage()).goto("/schedule"))?.status()).toBe(403);
  await leader.close();
});
