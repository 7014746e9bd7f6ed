"use client";
// The reviewer's decision: approve into a planned release or at a chosen time (with a
// revision reason when published values change), or reject with a reason.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { approveBatchAction, rejectBatchAction, type ActionState } from "@/lib/workflow/actions";

type Release = { id: number; label: string };

export function ReviewForms({ batchId, releases, revisions }: { batchId: number; releases: Release[]; revisions: number }) {
  const t = useTranslations("review");
  const [approveState, approve, approving] = useActionState<ActionState, FormData>(approveBatchAction, {});
  const [rejectState, reject, rejecting] = useActionState<ActionState, FormData>(rejectBatchAction, {});
  return (
    <div className="review-forms">
      <form action={approve} className="form" data-testid="approve-form">
        <h2>{t("approve")}</h2>
        <input type="hidden" name="batchId" value={batchId} />
        <label htmlFor="releaseId">{t("approveInto")}</label>
        <select id="releaseId" name="releaseId" defaultValue="">
          <option value="">{t("chooseRelease")}</option>
          {releases.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
        <label htmlFor="releaseAt">{t("orAt")}</label>
        <input id="releaseAt" name="releaseAt" type="datetime-local" />
        <label htmlFor="revisionReason">{t("revisionReason")}</label>
        <select id="revisionReason" name="revisionReason" defaultValue="" required={revisions > 0}>
          <option value="">{t("reason_none")}</option>
          {(["PRELIMINARY_TO_FINAL", "BENCHMARK", "CORRECTION"] as const).map((r) => (
            <option key={r} value={r}>
              {t(`reason_${r}`)}
            </option>
          ))}
        </select>
        <FormMessage state={approveState} />
        <button type="submit" disabled={approving}>
          {t("approveButton")}
        </button>
      </form>
      <form action={reject} className="form" data-testid="reject-form">
        <h2>{t("reject")}</h2>
        <input type="hidden" name="batchId" value={batchId} />
        <label htmlFor="reason">{t("rejectReason")}</label>
        <textarea id="reason" name="reason" required maxLength={2000} rows={3} />
        <FormMessage state={rejectState} />
        <button type="submit" className="secondary" disabled={rejecting}>
          {t("rejectButton")}
        </button>
      </form>
    </div>
  );
}
