"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { setPrereleaseAction, type TargetFormState } from "@/lib/dashboard/targets/actions";

/** The pre-release switch: off by default; when on, leaders see approved, unreleased values marked 未发布. */
export function PrereleaseForm({ enabled }: { enabled: boolean }) {
  const t = useTranslations("targets");
  const [state, action, pending] = useActionState<TargetFormState, FormData>(setPrereleaseAction, {});
  return (
    <form action={action} className="form" data-testid="prerelease-form">
      <label className="check">
        <input type="checkbox" name="enabled" defaultChecked={enabled} /> {t("prereleaseLabel")}
      </label>
      <p className="note">{t("prereleaseHint")}</p>
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {t("saveSetting")}
      </button>
    </form>
  );
}
