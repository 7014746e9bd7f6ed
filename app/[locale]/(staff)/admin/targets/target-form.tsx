"use client";
// Create or edit a target (per indicator, region and year, with deadline, source and base).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import { saveTargetAction, type TargetFormState } from "@/lib/dashboard/targets/actions";

export type TargetFormValues = { id?: number; indicatorCode?: string; regionCode?: string; year?: number; value?: string; baseYear?: number | null; baseValue?: string | null; deadline?: string; source?: string };
type Option = { value: string; label: string };

export function TargetForm({ initial, indicators, regions }: { initial: TargetFormValues; indicators: Option[]; regions: Option[] }) {
  const t = useTranslations("targets");
  const [state, action, pending] = useActionState<TargetFormState, FormData>(saveTargetAction, {});
  const field = (name: keyof TargetFormValues, type = "text", extra: Record<string, string | boolean> = {}) => (
    <>
      <label htmlFor={`t-${name}`}>{t(`field.${name}`)}</label>
      <input id={`t-${name}`} name={name} type={type} defaultValue={initial[name] === null || initial[name] === undefined ? "" : String(initial[name])} aria-describedby={`${name}-error`} {...extra} />
      <FieldError state={state} name={name} />
    </>
  );
  return (
    <form action={action} className="form narrow" data-testid="target-form" key={initial.id ?? "new"}>
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <label htmlFor="t-indicatorCode">{t("field.indicatorCode")}</label>
      <select id="t-indicatorCode" name="indicatorCode" defaultValue={initial.indicatorCode ?? ""} required>
        <option value="">—</option>
        {indicators.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError state={state} name="indicatorCode" />
      <label htmlFor="t-regionCode">{t("field.regionCode")}</label>
      <select id="t-regionCode" name="regionCode" defaultValue={initial.regionCode ?? "210100"}>
        {regions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {field("year", "number", { required: true, min: "2000", max: "2100" })}
      {field("value", "text", { required: true, inputMode: "decimal" })}
      {field("deadline", "date", { required: true })}
      {field("source", "text", { required: true, placeholder: t("sourcePlaceholder") })}
      {field("baseYear", "number", { min: "1990", max: "2100" })}
      {field("baseValue", "text", { inputMode: "decimal" })}
      <p className="note">{t("baseHint")}</p>
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {initial.id ? t("update") : t("create")}
      </button>
    </form>
  );
}
