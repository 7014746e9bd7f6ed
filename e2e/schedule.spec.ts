import { expect, test } from "@playwright/test";
import { isoDate, mustParsePeriod, periodEnd } from "../lib/period";
import { apiSignIn, bearerToken, requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { addDays, beijingToday, futureQuarter, latestReleased } from "./helpers/demo-periods";

// The webServer runs with ALLOW_TEST_CLOCK=1, so ?now= sets the schedule's date. The demo data
// is generated for the day the server started: its departments have sent everything due so
// far except one late return (DE030), and some returns fall due within the week.

type Item = { code: string; period: string; dueDate: string; daysOverdue: number; status: string; department: { code: string } | null };

test("[SCHEDULE]: today, as a new admin finds it: one overdue return, returns due this week, released quarters", async ({ page, context }) => {
  await apiSignIn(context, "reviewer");
  await page.goto("/schedule");
  const today = beijingToday();
  await expect(page.getByTestId("schedule-today")).toHaveText(`统计日期：${today}`);
  const all: Item[] = (await (await page.request.get("/api/v1/schedule")).json()).items;

  // exactly one return of the catalogue is overdue: the department that is always a month late
  // (indicators other specs add, without data, are overdue too)
  const reference = (code: string) => /^DE0\d\d$|^GDP$/.test(code);
  const overdue = page.getByTestId("overdue-list");
  const listed = await overdue.locator("li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-code") ?? ""));
  expect(listed.filter(reference)).toEqual(["DE030"]);
  const late = all.filter((i) => i.status === "overdue" && reference(i.code));
  expect(late.map((i) => i.code)).toEqual(["DE030"]);
  const dueDays = (await testDb().query(`SELECT due_days FROM indicator WHERE code = 'DE030'`)).rows[0].due_days;
  expect(late[0].dueDate).toBe(addDays(isoDate(periodEnd(mustParsePeriod(late[0].period))), dueDays));
  await expect(overdue.locator(`li[data-code="DE030"][data-period="${late[0].period}"]`)).toContainText(`应于 ${late[0].dueDate} 前报送，已逾期 ${late[0].daysOverdue} 天`);
  // and some are due within the week
  const soon = all.filter((i) => i.status === "dueSoon");
  expect(soon.length).toBeGreaterThan(0);
  for (const i of soon) expect(i.dueDate >= today && i.dueDate <= addDays(today, 7), `${i.code} ${i.period}`).toBe(true);

  // the latest core quarter has been released
  const quarter = await latestReleased("DE001");
  const de001 = page.getByTestId("indicator-schedule").locator('tr[data-code="DE001"]');
  await expect(de001.locator(`td[data-period="${quarter}"]`)).toHaveAttribute("data-status", "released");
});

test("[SCHEDULE]: overdue items on a test clock, by indicator and by department", async ({ page, context }) => {
  await apiSignIn(context, "reviewer");
  // 40 days on, whatever fell due since the demo's day and was never sent is overdue
  const now = addDays(beijingToday(), 40);
  await page.goto(`/schedule?now=${now}`);
  await expect(page.getByTestId("schedule-today")).toHaveText(`统计日期：${now}`);
  const api = await page.request.get(`/api/v1/schedule?now=${now}&status=overdue`);
  const body = await api.json();
  expect(body.today).toBe(now);
  const items: Item[] = body.items;

  // DE012 (software revenue, monthly, due 24 days after the month): its latest month is overdue
  const de012 = items.filter((i) => i.code === "DE012");
  expect(de012.length).toBeGreaterThan(0);
  const dueDays = (await testDb().query(`SELECT due_days FROM indicator WHERE code = 'DE012'`)).rows[0].due_days;
  const overdue = page.getByTestId("overdue-list");
  for (const i of de012) {
    expect(i.dueDate).toBe(addDays(isoDate(periodEnd(mustParsePeriod(i.period))), dueDays));
    expect(i.daysOverdue).toBe(Math.round((Date.parse(now) - Date.parse(i.dueDate)) / 86400_000));
    await expect(overdue.locator(`li[data-code="DE012"][data-period="${i.period}"]`)).toContainText(`应于 ${i.dueDate} 前报送，已逾期 ${i.daysOverdue} 天`);
  }
  // a released quarter is not overdue
  const quarter = await latestReleased("DE001");
  const de001 = page.getByTestId("indicator-schedule").locator('tr[data-code="DE001"]');
  if (await de001.locator(`td[data-period="${quarter}"]`).count()) await expect(de001.locator(`td[data-period="${quarter}"]`)).toHaveAttribute("data-status", "released");
  await expect(overdue.locator(`li[data-code="DE001"][data-period="${quarter}"]`)).toHaveCount(0);

  // the department summary counts the same overdue items
  const miit = page.getByTestId("department-summary").locator('tr[data-department="miit"]');
  const counted = await miit.locator('td[data-status="overdue"]').allInnerTexts();
  const miitOverdue = items.filter((i) => i.department?.code === "miit").length;
  expect(miitOverdue).toBeGreaterThan(0);
  expect(counted.reduce((s, t) => s + (Number(t) || 0), 0)).toBe(miitOverdue);
});

test("[SCHEDULE]: a staged upload shows as received; uploaders see the schedule, leaders do not", async ({ page, context, baseURL, browser }) => {
  const token = await bearerToken(baseURL!, "uploader");
  const api = await requestAs(baseURL!);
  // DE011: an indicator and quarter no other spec stages or approves (status "approved" would win)
  const quarter = await futureQuarter();
  const csv = `指标代码,地区,时期,数值\nDE011,和平区,${quarter},12.34\n`;
  const res = await api.post("/api/v1/batches", { headers: { Authorization: `Bearer ${token}` }, multipart: { file: { name: "q.csv", mimeType: "text/csv", buffer: Buffer.from(csv) } } });
  expect(res.status()).toBe(201);
  await api.dispose();

  await apiSignIn(context, "uploader");
  // a day after the quarter ends, it is the schedule's current quarter
  await page.goto(`/schedule?now=${addDays(isoDate(periodEnd(mustParsePeriod(quarter))), 1)}`);
  const cell = page.getByTestId("indicator-schedule").locator(`tr[data-code="DE011"] td[data-period="${quarter}"]`);
  await expect(cell).toHaveAttribute("data-status", "received");
  await expect(cell).toContainText("地区 1/14");
  await expect(page.getByRole("navigation").getByRole("link", { name: "报送进度" })).toBeVisible();

  const leader = await browser.newContext();
  await apiSignIn(leader, "leader");
  expect((await (await leader.newPage()).goto("/schedule"))?.status()).toBe(403);
  await leader.close();
});
