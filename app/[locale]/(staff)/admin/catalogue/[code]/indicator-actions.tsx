"use client";
// Retire / bring back an indicator, and add a dated methodology note by hand.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { addNoteAction, retireIndicatorAction, type FormState } from "@/lib/catalogue/actions";
import { Field } from "../field";

export function RetireForm({ code, retired }: { code: string; retired: boolean }) {
  const t = useTranslations("catalogue");
  const [state, action, pending] = useActionState<FormState, FormData>(retireIndicatorAction, {});
  return (
    <form action={action} className="inline-group" data-testid="retire-form">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="op" value={retired ? "restore" : "retire"} />
      <button type="submit" className="secondary" disabled={pending}>
        {retired ? t("restore") : t("retire")}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

export function NoteForm({ code }: { code: string }) {
  const t = useTranslations("catalogue");
  const [state, action, pending] = useActionState<FormState, FormData>(addNoteAction, {});
  return (
    <form action={action} className="form narrow" data-testid="note-form">
      <input type="hidden" name="code" value={code} />
      <Field name="textZh" label={t("noteTextZh")} state={state}>
        {(p) => <textarea {...p} rows={3} required />}
      </Field>
      <Field name="textEn" label={t("noteTextEn")} state={state}>
        {(p) => <textarea {...p} rows={3} />}
      </Field>
      <FormMessage state={state} />
      <button type="submit" className="secondary" disabled={pending}>
        {t("addNote")}
      </button>
    </form>
  );
}
