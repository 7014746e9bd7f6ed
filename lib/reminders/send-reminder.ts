import "server-only";
// 催报: one e-mail to a department's contact listing its returns not received, through the
// configured SMTP server. Sent or failed, the attempt is logged (reminder table) with its audit
// event in one transaction, so the bureau sees who was reminded of what, when and by whom.
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";
import { db, pool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Clock } from "@/lib/schedule/clock";
import { loadSchedule } from "@/lib/schedule/load-schedule";
import { composeReminder } from "./compose-reminder";
import { requireMailer, sendMail, type MailerConfig } from "./mailer";
import { outstandingByDepartment } from "./outstanding";

/** A second reminder to the same department within this many minutes is refused (double clicks). */
export const REMINDER_COOLDOWN_MINUTES = 5;

export type ReminderResult = { recipient: string; items: number };

export async function sendReminder(
  departmentId: number,
  ctx: AuditContext,
  opts: { clock: Clock; siteUrl: string; mailer?: MailerConfig },
): Promise<ReminderResult> {
  const mailer = opts.mailer ?? requireMailer();
  const dep = await db().department.findUnique({ where: { id: departmentId } });
  if (!dep) throw new AppError("NOT_FOUND", "部门不存在。", "No such department.");
  if (!dep.contactEmail) {
    throw new AppError(
      "INVALID_INPUT",
      `${dep.nameZh}未登记联系邮箱：请先在“报送部门”中填写联系人邮箱。`,
      `${dep.nameEn} has no contact e-mail: add one under Departments first.`,
    );
  }
  const owed = outstandingByDepartment(await loadSchedule(pool(), opts.clock)).find((o) => o.department.id === dep.id);
  if (!owed) throw new AppError("INVALID_STATE", `${dep.nameZh}没有未报的数据，无需催报。`, `${dep.nameEn} owes nothing: no reminder needed.`);
  const since = new Date(Date.now() - REMINDER_COOLDOWN_MINUTES * 60_000);
  if (await db().reminder.findFirst({ where: { departmentId: dep.id, status: "sent", createdAt: { gte: since } } })) {
    throw new AppError(
      "CONFLICT",
      `${REMINDER_COOLDOWN_MINUTES} 分钟内已向${dep.nameZh}发送过催报，请稍后再试。`,
      `${dep.nameEn} was reminded less than ${REMINDER_COOLDOWN_MINUTES} minutes ago.`,
    );
  }

  const mail = composeReminder(owed, { today: opts.clock.today, siteUrl: opts.siteUrl });
  let error: string | null = null;
  try {
    await sendMail(mailer, { to: dep.contactEmail, ...mail });
  } catch (e) {
    error = (e instanceof Error ? e.message : String(e)).slice(0, 300);
  }
  const items = owed.items.map(({ code, period, dueDate, status }) => ({ code, period, dueDate, status }));
  await db().$transaction(async (tx) => {
    const r = await tx.reminder.create({
      data: {
        departmentId: dep.id,
        recipient: dep.contactEmail!,
        subject: mail.subject,
        body: mail.text,
        items,
        status: error ? "failed" : "sent",
        error,
        sentById: ctx.actorId,
      },
    });
    await writeAudit(tx, ctx, {
      action: error ? "reminder.failed" : "reminder.sent",
      entityType: "department",
      entityId: dep.code,
      data: { reminder: r.id, recipient: dep.contactEmail, items: items.map((i) => `${i.code} ${i.period}`), ...(error ? { error } : {}) },
    });
  });
  if (error) {
    throw new AppError("UNAVAILABLE", `催报邮件发送失败（已记入催报记录）：${error}`, `The reminder could not be sent (logged): ${error}`);
  }
  return { recipient: dep.contactEmail, items: items.length };
}
