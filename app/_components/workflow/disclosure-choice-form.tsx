"use client";
// The reviewer's other choice of complementary values: release proposed ones, withhold others;
// the server checks that the set still protects every confidential value before keeping it.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { chooseComplementaryAction, type DisclosureFormState } from "@/lib/disclosure/actions";

type Option = { ref: string; label: string };

export function DisclosureChoiceForm({ batchId, secondary, candidates }: { batchId: number; secondary: Option[]; candidates: Option[] }) {
  const t = useTranslations("review");
  const [state, action, pending] = useActionState<DisclosureFormState, FormData>(chooseComplementaryAction, {});
  return (
    <form action={action} className="form" data-testid="disclosure-choice">
      <input type="hidden" name="batchId" value={batchId} />
      <fieldset>
        <legend>{t("choiceRelease")}</legend>
        {secondary.map((c) => (
          <label key={c.ref}>
            <input type="checkbox" name="release" value={c.ref} /> {c.label}
          </label>
        ))}
      </fieldset>
      <label>
        {t("choiceWithhold")}
        <select name="withhold" multiple size={Math.min(8, Math.max(3, candidates.length))}>
          {candidates.map((c) => (
            <option key={c.ref} value={c.ref}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <FormMessage state={state} />
      <button type="submit" className="secondary" disabled={pending}>
        {t("choiceSubmit")}
      </button>
    </form>
  );
}
