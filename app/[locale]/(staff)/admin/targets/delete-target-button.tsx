"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { deleteTargetAction, type TargetFormState } from "@/lib/dashboard/targets/actions";

export function DeleteTargetButton({ id }: { id: number }) {
  const t = useTranslations("targets");
  const [state, action, pending] = useActionState<TargetFormState, FormData>(deleteTargetAction, {});
  return (
    <form action={action} className="inline-form" onSubmit={(e) => (confirm(t("confirmDelete")) ? undefined : e.preventDefault())}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="secondary" disabled={pending}>
        {t("delete")}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
