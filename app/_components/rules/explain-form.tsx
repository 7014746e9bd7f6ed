"use client";
// On a staged batch: one box per soft (核实性) rule finding for the uploader's explanation (上报说明).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { saveExplanationsAction, type RuleFormState } from "@/lib/rules/actions";
import type { StoredFinding } from "@/lib/rules/findings";

export function ExplainForm({ batchId, findings }: { batchId: number; findings: StoredFinding[] }) {
  const t = useTranslations("rules");
  const [state, action, pending] = useActionState<RuleFormState, FormData>(saveExplanationsAction, {});
  return (
    <form action={action} data-testid="explain-form">
      <h2>{t("explainTitle")}</h2>
      <input type="hidden" name="batchId" value={batchId} />
      <ol>
        {findings.map((f) => (
          <li key={f.id} data-rule={f.ruleCode}>
            <p>{f.message}</p>
            <label>
              {t("explanation")}
              <textarea name={`finding-${f.id}`} rows={2} maxLength={1000} defaultValue={f.explanation ?? ""} required style={{ display: "block", width: "100%", maxWidth: "40rem" }} />
            </label>
          </li>
        ))}
      </ol>
      <button type="submit" disabled={pending}>
        {t("saveExplanations")}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
