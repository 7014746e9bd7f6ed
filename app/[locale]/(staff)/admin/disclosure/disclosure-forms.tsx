"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { deleteRelationAction, saveRelationAction, saveRuleAction, type DisclosureFormState } from "@/lib/disclosure/actions";

export function RuleForm({ indicators }: { indicators: { code: string; label: string }[] }) {
  const t = useTranslations("disclosure");
  const [state, action, pending] = useActionState<DisclosureFormState, FormData>(saveRuleAction, {});
  return (
    <form action={action} className="form" data-testid="disclosure-rule-form">
      <label>
        {t("indicator")}
        <select name="indicator" required>
          {indicators.map((i) => (
            <option key={i.code} value={i.code}>
              {i.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("minUnits")}
        <input name="minUnits" inputMode="numeric" defaultValue="3" required />
      </label>
      <label>
        {t("dominanceN")}
        <select name="dominanceN" defaultValue="">
          <option value="">{t("none")}</option>
          <option value="1">1</option>
          <option value="2">2</option>
        </select>
      </label>
      <label>
        {t("dominanceK")}
        <input name="dominanceK" inputMode="decimal" />
      </label>
      <label>
        {t("pPercentField")}
        <input name="pPercent" inputMode="decimal" />
      </label>
      <label>
        {t("protection")}
        <input name="protectionPercent" inputMode="decimal" defaultValue="15" required />
      </label>
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}

export function RelationForm() {
  const t = useTranslations("disclosure");
  const [state, action, pending] = useActionState<DisclosureFormState, FormData>(saveRelationAction, {});
  return (
    <form action={action} className="form" data-testid="sum-relation-form">
      <label>
        {t("total")}
        <input name="total" required />
      </label>
      <label>
        {t("parts")}
        <input name="parts" required />
      </label>
      <label>
        {t("note")}
        <input name="note" />
      </label>
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {t("addRelation")}
      </button>
    </form>
  );
}

export function DeleteRelationForm({ id }: { id: number }) {
  const t = useTranslations("disclosure");
  const [state, action, pending] = useActionState<DisclosureFormState, FormData>(deleteRelationAction, {});
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending}>
        {t("delete")}
      </button>
      {state.message ? <FormMessage state={state} /> : null}
    </form>
  );
}
