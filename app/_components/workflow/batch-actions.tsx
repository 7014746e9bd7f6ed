"use client";
// The uploader's buttons on a batch: submit a staged batch, withdraw one not yet released.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { submitBatchAction, withdrawBatchAction, type ActionState } from "@/lib/workflow/actions";

export function BatchActions({ batchId, canSubmit, canWithdraw }: { batchId: number; canSubmit: boolean; canWithdraw: boolean }) {
  const t = useTranslations("review");
  const [submitState, submit, submitting] = useActionState<ActionState, FormData>(submitBatchAction, {});
  const [withdrawState, withdraw, withdrawing] = useActionState<ActionState, FormData>(withdrawBatchAction, {});
  if (!canSubmit && !canWithdraw) return null;
  return (
    <div className="inline-group" data-testid="batch-actions">
      {canSubmit ? (
        <form action={submit}>
          <input type="hidden" name="batchId" value={batchId} />
          <button type="submit" disabled={submitting}>
            {t("submit")}
          </button>
        </form>
      ) : null}
      {canWithdraw ? (
        <form action={withdraw}>
          <input type="hidden" name="batchId" value={batchId} />
          <button type="submit" className="secondary" disabled={withdrawing}>
            {t("withdraw")}
          </button>
        </form>
      ) : null}
      <FormMessage state={submitState.message ? submitState : withdrawState} />
    </div>
  );
}
