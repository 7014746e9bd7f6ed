"use server";
// The import page's one action: "preview" returns the diff (nothing written), "apply" writes
// the previewed diff. The browser sends the same file both times.
import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { auditContext } from "@/lib/auth/request-context";
import { requirePermission } from "@/lib/auth/require";
import { isAppError } from "@/lib/errors";
import { fieldText, FIELD_LABELS, type IndicatorFields } from "./fields";
import { applyCatalogueImport, formatImportError, previewCatalogueImport } from "./import-catalogue";
import type { PlanItem } from "./import-plan";
import { MAX_CATALOGUE_BYTES } from "./import-read";

export type PreviewChange = { field: string; label: string; before: string; after: string };
export type PreviewItem = { kind: PlanItem["kind"]; line: number; code: string; name: string; changes: PreviewChange[]; methodologyNote: boolean };
export type ImportState = {
  ok?: boolean;
  message?: string;
  errors?: string[];
  preview?: {
    fileName: string;
    format: string;
    encoding: string | null;
    fingerprint: string;
    counts: Record<"added" | "changed" | "retired" | "restored", number>;
    unchanged: number;
    notInFile: number;
    items: PreviewItem[];
  };
  applied?: boolean;
};

function describe(item: PlanItem, lang: "zh" | "en"): PreviewItem {
  if (item.kind === "added") {
    const f: IndicatorFields = item.fields;
    return { kind: item.kind, line: item.line, code: item.code, name: lang === "zh" ? f.nameZh : f.nameEn, changes: [], methodologyNote: false };
  }
  return {
    kind: item.kind,
    line: item.line,
    code: item.code,
    name: item.name[lang],
    methodologyNote: item.methodologyNote,
    changes: item.changes.map((c) => ({
      field: c.field,
      label: FIELD_LABELS[c.field][lang],
      before: fieldText(c.field, c.before, lang),
      after: fieldText(c.field, c.after, lang),
    })),
  };
}

export async function catalogueImportAction(_p: ImportState, form: FormData): Promise<ImportState> {
  const actor = await requirePermission("catalogue:manage", "/admin/catalogue/import");
  const lang = (await getLocale()) === "en" ? "en" : "zh";
  const t = await getTranslations("catalogue");
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: t("chooseFile") };
  if (file.size > MAX_CATALOGUE_BYTES) return { ok: false, message: t("fileTooLarge") };
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    if (form.get("intent") === "apply") {
      const r = await applyCatalogueImport(bytes, file.name, String(form.get("fingerprint") ?? ""), await auditContext(actor));
      revalidatePath("/[locale]/admin/catalogue", "layout");
      return { ok: true, applied: true, message: t("importApplied", { ...r.counts, notes: r.methodologyNotes }) };
    }
    const p = await previewCatalogueImport(bytes, file.name);
    if (p.plan.errors.length) {
      return { ok: false, message: t("importHasErrors", { n: p.plan.errors.length }), errors: p.plan.errors.map((e) => formatImportError(e, lang)) };
    }
    return {
      ok: true,
      message: p.plan.items.length ? t("previewReady") : t("nothingToImport"),
      preview: {
        fileName: p.fileName,
        format: p.format,
        encoding: p.encoding,
        fingerprint: p.plan.fingerprint,
        counts: p.counts,
        unchanged: p.plan.unchanged,
        notInFile: p.plan.notInFile,
        items: p.plan.items.map((i) => describe(i, lang)),
      },
    };
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: t("importRefused"), errors: e.messageFor(lang).split("\n") };
    console.error(e);
    return { ok: false, message: t("error") };
  }
}
