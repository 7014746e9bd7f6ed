import { expect, test } from "@playwright/test";
import { apiSignIn } from "./helpers/auth";
import { startMailbox } from "./helpers/smtp";

// 催报 as the bureau does it: the schedule lists the department that is always a month late
// (通信管理局, DE030, in the demo), one click e-mails its contact through the SMTP server,
// and the attempt shows on the page and in the audit trail.
test("[REMIND]: an administrator reminds the late department by e-mail from the schedule page", async ({ page, context }) => {
  const mailbox = await startMailbox();
  try {
    await apiSignIn(context, "admin");
    await page.goto("/schedule");
    const row = page.getByTestId("reminders").locator('tr[data-department="comms"]');
    await expect(row).toContainText("辽宁省通信管理局");
    await expect(row).toContainText(/已逾期 \d+ 天/);
    await expect(row).toContainText("comms-contact@example.org");
    await expect(row.getByTestId("last-reminder")).toHaveText("尚未催报");

    await row.getByRole("button", { name: "向辽宁省通信管理局发送催报" }).click();
    await expect(row.getByRole("status")).toHaveText(/已向 comms-contact@example\.org 发送催报（\d+ 项）/);
    await expect.poll(() => mailbox.inbox.length).toBe(1);
    const mail = mailbox.inbox[0];
    expect(mail.to).toEqual(["comms-contact@example.org"]);
    expect(mail.subject).toMatch(/^【催报】辽宁省通信管理局：\d+ 项数据已逾期未报$/);
    expect(mail.text).toMatch(/（DE030）.*已逾期 \d+ 天/);
    expect(mail.text).toMatch(/\/returns\/\d{4}/);

    await page.reload();
    await expect(page.getByTestId("reminders").locator('tr[data-department="comms"]').getByTestId("last-reminder")).toContainText("由 系统管理员 发至 comms-contact@example.org");
    await page.goto("/admin/audit");
    await expect(page.getByRole("cell", { name: "发送催报" }).first()).toBeVisible();
  } finally {
    await mailbox.close();
  }
});

test("[REMIND]: an uploader sees the schedule but no reminder buttons", async ({ page, context }) => {
  await apiSignIn(context, "uploader");
  await page.goto("/schedule");
  await expect(page.getByTestId("department-summary")).toBeVisible();
  await expect(page.getByTestId("reminders")).toHaveCount(0);
});
