import { expect, test } from "@playwright/test";
import { isoDate, mustParsePeriod, periodEnd } from "../lib/period";
import { apiSignIn } from "./helpers/auth";
import { addDays, futureQuarter } from "./helpers/demo-periods";
import { callAs, stageCsv } from "./helpers/workflow";

// The uploader's home shows each of their returns in words. The webServer runs with
// ALLOW_TEST_CLOCK=1, so ?now= a day after the quarter ends makes it the home page's current quarter.

test("[RETURNS-STATUS]: the uploader's home shows 已上传待提交 for a staged file, 已上报 after submitting and 退回 with the reason after a rejection", async ({ page, context, baseURL }) => {
  // DE011 in a quarter no demo batch or other spec holds
  const quarter = await futureQuarter(4);
  const id = await stageCsv(baseURL!, `指标代码,地区,时期,数值\nDE011,和平区,${quarter},12.34\n`);

  await apiSignIn(context, "uploader");
  const home = `/staff?now=${addDays(isoDate(periodEnd(mustParsePeriod(quarter))), 1)}`;
  const item = page.getByTestId("my-returns").locator(`li[data-code="DE011"][data-period="${quarter}"]`);
  // uploaded but not submitted: nobody reviews it yet, and the home says so with the way on
  await page.goto(home);
  await expect(item).toContainText("已上传待提交");
  await expect(item).not.toContainText("已上报");
  await expect(item.getByRole("link", { name: "查看并提交" })).toHaveAttribute("href", `/uploads/${id}`);

  expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${id}/submit`)).status).toBe(200);
  await page.goto(home);
  await expect(item).toContainText("已上报");
  await expect(item).toContainText("等待审核");

  const reason = `和平区口径不一致 ${Date.now()}`;
  expect((await callAs(baseURL!, "reviewer", `/api/v1/batches/${id}/reject`, { reason })).status).toBe(200);
  await page.goto(home);
  await expect(item).toContainText("退回");
  await expect(item).toContainText(reason);

  await page.goto(`/en${home}`);
  await expect(item).toContainText("Returned");
  await expect(item).toContainText(reason);
});
