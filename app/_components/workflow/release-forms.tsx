"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { cancelReleaseAction, moveReleaseAction, planReleaseAction, type ReleaseFormState } from "@/lib/releases/actions";

export function PlanReleaseForm() {
  const t = useTranslations("releases");
  const [state, action, pending] = useActionState<ReleaseFormState, FormData>(planReleaseAction, {});
  return (
    <form action={action} className="form narrow" data-testid="plan-release-form">
      <label htmlFor="titleZh">{t("titleZh")}</label>
      <input id="titleZh" name="titleZh" required maxLength={200} />
      <label htmlFor="titleEn">{t("titleEn")}</label>
      <input id="titleEn" name="titleEn" maxLength={200} />
      <label htmlFor="period">{t("periodField")}</label>
      <input id="period" name="period" maxLength={8} />
      <label htmlFor="releaseAt">{t("releaseAt")}</label>
      <input id="releaseAt" name="releaseAt" type="datetime-local" required />
      <label htmlFor="indicatorCodes">{t("indicatorCodes")}</label>
      <input id="indicatorCodes" name="indicatorCodes" placeholder="DE001, DE002" />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {t("planButton")}
      </button>
    </form>
  );
}

export function MoveReleaseForm({ releaseId }: { releaseId: number }) {
  const t = useTranslations("releases");
  const [state, action, pending] = useActionState<ReleaseFormState, FormData>(moveReleaseAction, {});
  return (
    <form action={action} className="inline-group" data-testid={`move-release-${releaseId}`}>
      <input type="hidden" name="releaseId" value={releaseId} />
      <label>
        {t("moveTo")} <input name="toAt" type="datetime-local" required />
      </label>
      <label>
        {t("moveReason")} <input name="reason" required maxLength={500} />
      </label>
      <button type="submit" className="secondary" disabled={pending}>
        {t("moveButton")}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function CancelReleaseForm({ releaseId }: { releaseId: number }) {
  const t = useTranslations("releases");
  const [state, action, pending] = useActionState<ReleaseFormState, FormData>(cancelReleaseAction, {});
  return (
    <details className="cancel-release" data-testid={`cancel-release-${releaseId}`}>
      <summary>{t("cancel")}</summary>
      <form action={action} className="inline-group">
        <input type="hidden" name="releaseId" value={releaseId} />
        <label>
          {t("cancelReason")} <input name="reason" required maxLength={500} />
        </label>
        <button type="submit" className="secondary" disabled={pending}>
          {t("cancelButton")}
        </button>
        <FormMessage state={state} />
      </form>
      <p className="note">{t("cancelNote")}</p>
    </details>
  );
}
