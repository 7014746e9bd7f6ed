"use server";
// 催报 from the schedule page: re-checks the permission, sends, and answers in the user's language.
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { auditContext } from "@/lib/auth/request-context";
import { requirePermission } from "@/lib/auth/require";
import { isAppError } from "@/lib/errors";
import { pageOrigin } from "@/lib/public/site-origin";
import { requestClock } from "@/lib/schedule/clock";
import { sendReminder } from "./send-reminder";

export type ReminderFormState = { ok?: boolean; message?: string };

export async function sendReminderAction(_prev: ReminderFormState, form: FormData): Promise<ReminderFormState> {
  const actor = await requirePermission("schedule:remind", "/schedule");
  const en = (await getLocale()) === "en";
  const raw = String(form.get("department") ?? "");
  if (!/^\d{1,9}$/.test(raw)) return { ok: false, message: en ? "Parameter department: not a department id." : "参数 department 不是部门编号。" };
  const now = form.get("now");
  try {
    const r = await sendReminder(Number(raw), await auditContext(actor), {
      clock: requestClock(typeof now === "string" ? now : null),
      siteUrl: await pageOrigin(),
    });
    revalidatePath("/[locale]/schedule", "page");
    return { ok: true, message: en ? `Reminder sent to ${r.recipient} (${r.items} returns).` : `已向 ${r.recipient} 发送催报（${r.items} 项）。` };
  } catch (e) {
    revalidatePath("/[locale]/schedule", "page");
    if (isAppError(e)) return { ok: false, message: e.messageFor(en ? "en" : "zh") };
    throw e;
  }
}
