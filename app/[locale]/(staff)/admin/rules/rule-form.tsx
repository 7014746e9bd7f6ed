"use client";
// Edit one rule: parameters (JSON), severity, scope, active, and the dated note a new version needs.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { changeRuleAction, type RuleFormState } from "@/lib/rules/actions";

type Props = { code: string; params: string; severity: string; scope: string; active: boolean; today: string };

export function RuleForm({ code, params, severity, scope, active, today }: Props) {
  const t = useTranslations("rules");
  const [state, action, pending] = useActionState<RuleFormState, FormData>(changeRuleAction, {});
  return (
    <details data-testid={`rule-edit-${code}`}>
      <summary>{t("edit")}</summary>
      <form action={action} className="stack">
        <input type="hidden" name="code" value={code} />
        <label>
          {t("params")}
          <textarea name="params" rows={2} defaultValue={params} required style={{ display: "block", width: "100%", maxWidth: "32rem", fontFamily: "monospace" }} />
        </label>
        <label>
          {t("severity")}{" "}
          <select name="severity" defaultValue={severity}>
            {(["HARD", "SOFT", "INFO"] as const).map((s) => (
              <option key={s} value={s}>
                {t(`severity_${s}`)}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("scope")} <input name="scope" defaultValue={scope} required size={24} />
        </label>{" "}
        <label>
          <input type="checkbox" name="active" defaultChecked={active} /> {t("active")}
        </label>
        <label>
          {t("notedOn")} <input name="notedOn" type="date" defaultValue={today} required />
        </label>{" "}
        <label>
          {t("note")} <input name="note" required size={40} maxLength={2000} />
        </label>{" "}
        <button type="submit" disabled={pending}>
          {t("save")}
        </button>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
