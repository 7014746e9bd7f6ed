"use client";
// Choose a file → preview the diff → apply it. The browser keeps the chosen file and sends it
// again with the preview's fingerprint, so the server applies exactly the previewed diff.
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { catalogueImportAction, type ImportState } from "@/lib/catalogue/import-actions";
import { ImportDiff } from "./import-diff";

export function ImportForm() {
  const t = useTranslations("catalogue");
  const [state, action, pending] = useActionState<ImportState, FormData>(catalogueImportAction, {});
  const [file, setFile] = useState<File | null>(null);
  const send = (intent: "preview" | "apply") => {
    if (!file) return;
    const fd = new FormData();
    fd.set("file", file);
    fd.set("intent", intent);
    if (intent === "apply" && state.preview) fd.set("fingerprint", state.preview.fingerprint);
    startTransition(() => action(fd));
  };
  const canApply = !!state.preview && state.preview.items.length > 0 && !state.applied;
  return (
    <div data-testid="catalogue-import">
      <form
        className="form narrow"
        onSubmit={(e) => {
          e.preventDefault();
          send("preview");
        }}
      >
        <label htmlFor="catalogue-file">{t("chooseFileLabel")}</label>
        <input id="catalogue-file" type="file" accept=".csv,.txt,.xlsx,text/csv" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <button type="submit" disabled={pending || !file}>
          {t("preview")}
        </button>
      </form>
      <FormMessage state={{ ok: state.ok, message: state.message }} />
      {state.errors?.length ? (
        <ul className="error" data-testid="import-errors">
          {state.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      ) : null}
      {state.preview ? <ImportDiff preview={state.preview} /> : null}
      {canApply ? (
        <p>
          <button type="button" onClick={() => send("apply")} disabled={pending} data-testid="apply-import">
            {t("apply")}
          </button>
        </p>
      ) : null}
    </div>
  );
}
