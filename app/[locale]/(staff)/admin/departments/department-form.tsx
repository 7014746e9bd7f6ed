"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { saveDepartmentAction, type FormState } from "@/lib/departments/actions";
import type { DepartmentRow } from "@/lib/departments/find-departments";
import { CheckGroup, Field, keepValuesOnSubmit } from "../catalogue/field";

type Props = { department: DepartmentRow | null; members: { value: string; label: string }[] };

/** Edits one department (or creates one when `department` is null). */
export function DepartmentForm({ department: d, members }: Props) {
  const t = useTranslations("catalogue");
  const [state, action, pending] = useActionState<FormState, FormData>(saveDepartmentAction, {});
  const prefix = d ? `dep${d.id}-` : "dep-new-";
  return (
    <form action={action} onSubmit={keepValuesOnSubmit(action)} className="form narrow" data-testid={d ? `department-form-${d.code}` : "department-form-new"}>
      {d ? <input type="hidden" name="id" value={d.id} /> : null}
      <Field name="code" prefix={prefix} label={t("depCode")} hint={d ? t("depCodeFixed") : t("depCodeHint")} state={state}>
        {(p) => <input {...p} defaultValue={d?.code} readOnly={!!d} required autoComplete="off" />}
      </Field>
      <Field name="nameZh" prefix={prefix} label={t("depNameZh")} state={state}>
        {(p) => <input {...p} defaultValue={d?.nameZh} required />}
      </Field>
      <Field name="nameEn" prefix={prefix} label={t("depNameEn")} state={state}>
        {(p) => <input {...p} defaultValue={d?.nameEn} required />}
      </Field>
      <Field name="contactName" prefix={prefix} label={t("depContactName")} state={state}>
        {(p) => <input {...p} defaultValue={d?.contactName ?? ""} autoComplete="off" />}
      </Field>
      <Field name="contactPhone" prefix={prefix} label={t("depContactPhone")} state={state}>
        {(p) => <input {...p} type="tel" defaultValue={d?.contactPhone ?? ""} autoComplete="off" />}
      </Field>
      <Field name="contactEmail" prefix={prefix} label={t("depContactEmail")} state={state}>
        {(p) => <input {...p} type="email" defaultValue={d?.contactEmail ?? ""} autoComplete="off" />}
      </Field>
      <CheckGroup
        name="memberIds"
        prefix={prefix}
        legend={t("depMembers")}
        hint={t("depMembersHint")}
        options={members}
        checked={d?.memberIds.map(String) ?? []}
        state={state}
      />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {d ? t("save") : t("createDepartment")}
      </button>
    </form>
  );
}
