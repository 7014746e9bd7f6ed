"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { sendReminderAction, type ReminderFormState } from "@/lib/reminders/actions";

export function RemindButton({ departmentId, departmentName, now }: { departmentId: number; departmentName: string; now?: string }) {
  const t = useTranslations("reminders");
  const [state, action, pending] = useActionState<ReminderFormState, FormData>(sendReminderAction, {});
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="department" value={departmentId} />
      {now ? <input type="hidden" name="now" value={now} /> : null}
      <button type="submit" className="secondary" disabled={pending} aria-label={t("sendLabel", { department: departmentName })}>
        {pending ? t("sending") : t("send")}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
