"use client";
// Create and edit form of one indicator. Once its data is released, unit, frequency and
// measure type are shown but fixed (the server refuses them too), and the change-note fields
// explain the dated public note that a definition or method change produces.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { createIndicatorAction, updateIndicatorAction, type FormState } from "@/lib/catalogue/actions";
import { FIELD_LABELS, FREQUENCIES, FREQUENCY_LABELS, MEASURE_LABELS, MEASURE_TYPES, type IndicatorFields } from "@/lib/catalogue/fields";
import type { FormOptions } from "@/lib/catalogue/form-options";
import { CheckGroup, Field, keepValuesOnSubmit } from "./field";

type Props = {
  lang: "zh" | "en";
  options: FormOptions;
  initial: IndicatorFields | null;
  updatedAt?: string;
  released?: boolean;
};

export function IndicatorForm({ lang, options, initial, updatedAt, released = false }: Props) {
  const t = useTranslations("catalogue");
  const [state, action, pending] = useActionState<FormState, FormData>(initial ? updateIndicatorAction : createIndicatorAction, {});
  const L = (k: keyof typeof FIELD_LABELS) => FIELD_LABELS[k][lang];
  const v = initial;
  const name = (o: { nameZh: string; nameEn: string }) => (lang === "zh" ? o.nameZh : o.nameEn);
  return (
    <form action={action} onSubmit={keepValuesOnSubmit(action)} className="form" data-testid="indicator-form" noValidate>
      {updatedAt ? <input type="hidden" name="updatedAt" value={updatedAt} /> : null}
      <fieldset>
        <legend>{t("sectionBasic")}</legend>
        <Field name="code" label={L("code")} hint={v ? undefined : t("codeHint")} state={state}>
          {(p) => <input {...p} defaultValue={v?.code} readOnly={!!v} required autoComplete="off" />}
        </Field>
        <Field name="nameZh" label={L("nameZh")} state={state}>
          {(p) => <input {...p} defaultValue={v?.nameZh} required />}
        </Field>
        <Field name="nameEn" label={L("nameEn")} state={state}>
          {(p) => <input {...p} defaultValue={v?.nameEn} required />}
        </Field>
        <Field name="unit" label={L("unit")} hint={released ? t("lockedHint") : undefined} state={state}>
          {(p) => <input {...p} defaultValue={v?.unit} readOnly={released} required />}
        </Field>
        <Field name="frequency" label={L("frequency")} state={state}>
          {(p) => (
            <>
              <select {...p} name={released ? undefined : p.name} defaultValue={v?.frequency ?? "QUARTER"} disabled={released}>
                {FREQUENCIES.map((f) => (
                  <option key={f} value={f}>
                    {FREQUENCY_LABELS[f][lang]}
                  </option>
                ))}
              </select>
              {released ? <input type="hidden" name="frequency" value={v?.frequency} /> : null}
            </>
          )}
        </Field>
        <Field name="frequencyNote" label={L("frequencyNote")} hint={t("frequencyNoteHint")} state={state}>
          {(p) => <input {...p} defaultValue={v?.frequencyNote ?? ""} />}
        </Field>
        <Field name="measureType" label={L("measureType")} state={state}>
          {(p) => (
            <>
              <select {...p} name={released ? undefined : p.name} defaultValue={v?.measureType ?? "CUMULATIVE"} disabled={released}>
                {MEASURE_TYPES.map((m) => (
                  <option key={m} value={m}>
                    {MEASURE_LABELS[m][lang]}
                  </option>
                ))}
              </select>
              {released ? <input type="hidden" name="measureType" value={v?.measureType} /> : null}
            </>
          )}
        </Field>
        <Field name="decimals" label={L("decimals")} state={state}>
          {(p) => <input {...p} type="number" min={0} max={6} defaultValue={v?.decimals ?? 2} required />}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t("sectionClass")}</legend>
        <Field name="articleRef" label={L("articleRef")} hint={t("articleHint")} state={state}>
          {(p) => <input {...p} defaultValue={v?.articleRef ?? ""} />}
        </Field>
        <Field name="categoryCodes" label={L("categoryCodes")} hint={t("categoryHint")} state={state}>
          {(p) => <input {...p} defaultValue={v?.categoryCodes.join("|") ?? ""} />}
        </Field>
        <CheckGroup name="emerging" legend={L("emerging")} state={state} checked={v?.emerging ?? []} options={options.emerging.map((e) => ({ value: e.code, label: name(e) }))} />
      </fieldset>

      <fieldset>
        <legend>{t("sectionMeaning")}</legend>
        <Field name="definition" label={L("definition")} state={state}>
          {(p) => <textarea {...p} rows={4} defaultValue={v?.definition ?? ""} />}
        </Field>
        <Field name="definitionEn" label={L("definitionEn")} state={state}>
          {(p) => <textarea {...p} rows={3} lang="en" defaultValue={v?.definitionEn ?? ""} />}
        </Field>
        <Field name="methodNotes" label={L("methodNotes")} state={state}>
          {(p) => <textarea {...p} rows={4} defaultValue={v?.methodNotes ?? ""} />}
        </Field>
        <Field name="methodNotesEn" label={L("methodNotesEn")} state={state}>
          {(p) => <textarea {...p} rows={3} lang="en" defaultValue={v?.methodNotesEn ?? ""} />}
        </Field>
        <Field name="sourceNote" label={L("sourceNote")} state={state}>
          {(p) => <input {...p} defaultValue={v?.sourceNote ?? ""} />}
        </Field>
        <Field name="sourceNoteEn" label={L("sourceNoteEn")} state={state}>
          {(p) => <input {...p} lang="en" defaultValue={v?.sourceNoteEn ?? ""} />}
        </Field>
        <Field name="internalNotes" label={L("internalNotes")} hint={t("internalNotesHint")} state={state}>
          {(p) => <textarea {...p} rows={3} defaultValue={v?.internalNotes ?? ""} />}
        </Field>
        {v ? (
          <>
            <p className="note">{released ? t("noteWillBeCreated") : t("noteNotNeeded")}</p>
            <Field name="reasonZh" label={t("reasonZh")} state={state}>
              {(p) => <textarea {...p} rows={2} />}
            </Field>
            <Field name="reasonEn" label={t("reasonEn")} state={state}>
              {(p) => <textarea {...p} rows={2} />}
            </Field>
          </>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>{t("sectionSchedule")}</legend>
        <Field name="departmentCode" label={L("departmentCode")} state={state}>
          {(p) => (
            <select {...p} defaultValue={v?.departmentCode ?? ""}>
              <option value="">{t("noDepartment")}</option>
              {options.departments.map((d) => (
                <option key={d.code} value={d.code}>
                  {name(d)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <CheckGroup name="regionCodes" legend={L("regionCodes")} hint={t("regionsHint")} state={state} checked={v?.regionCodes ?? []} options={options.regions.map((r) => ({ value: r.code, label: name(r) }))} />
        <Field name="dueDays" label={L("dueDays")} hint={t("dueDaysHint")} state={state}>
          {(p) => <input {...p} type="number" min={0} max={366} defaultValue={v ? (v.dueDays ?? "") : 25} />}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t("sectionChecks")}</legend>
        <label className="check">
          <input type="checkbox" name="higherIsBetter" defaultChecked={v?.higherIsBetter ?? true} /> {L("higherIsBetter")}
        </label>
        <Field name="minValue" label={L("minValue")} hint={t("boundsHint")} state={state}>
          {(p) => <input {...p} inputMode="decimal" defaultValue={v?.minValue ?? ""} />}
        </Field>
        <Field name="maxValue" label={L("maxValue")} state={state}>
          {(p) => <input {...p} inputMode="decimal" defaultValue={v?.maxValue ?? ""} />}
        </Field>
      </fieldset>
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {v ? t("save") : t("create")}
      </button>
    </form>
  );
}
