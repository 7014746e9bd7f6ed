"use server";
// Server actions of the catalogue pages: zod → permission → domain function (one transaction
// with its audit event) → revalidate. Import actions are in import-actions.ts.
import { badFieldState } from "@/lib/forms/bad-field";
import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { auditContext } from "@/lib/auth/request-context";
import { requirePermission } from "@/lib/auth/require";
import { isAppError } from "@/lib/errors";
import { redirect } from "@/lib/i18n/navigation";
import { addMethodologyNote, createIndicator, setIndicatorRetired, updateIndicator } from "./save-indicator";
import { ZCode, ZIndicatorFields, type RawIndicator } from "./schema";

export type FormState = { ok?: boolean; message?: string; errors?: Record<string, string[]> };

const PATH = "/admin/catalogue";

async function failure(e: unknown): Promise<FormState> {
  if (isAppError(e)) return { ok: false, message: e.messageFor(await getLocale()) };
  console.error(e);
  return { ok: false, message: (await getTranslations("catalogue"))("error") };
}

/** "中文 / English" validation messages → the reader's language. */
async function fieldErrors(e: z.ZodError): Promise<FormState> {
  const en = (await getLocale()) === "en";
  const errors: Record<string, string[]> = {};
  for (const i of e.issues) {
    const key = String(i.path[0] ?? "form");
    const [zh, eng] = i.message.split(" / ");
    (errors[key] ??= []).push(en ? (eng ?? zh) : zh);
  }
  return { ok: false, errors, message: (await getTranslations("catalogue"))("fixErrors") };
}

function rawFrom(form: FormData): RawIndicator {
  const s = (k: string) => String(form.get(k) ?? "");
  return {
    code: s("code"),
    nameZh: s("nameZh"),
    nameEn: s("nameEn"),
    unit: s("unit"),
    frequency: s("frequency"),
    frequencyNote: s("frequencyNote"),
    measureType: s("measureType"),
    decimals: s("decimals"),
    articleRef: s("articleRef"),
    categoryCodes: s("categoryCodes"),
    emerging: form.getAll("emerging").map(String).join("|"),
    definition: s("definition"),
    definitionEn: s("definitionEn"),
    methodNotes: s("methodNotes"),
    methodNotesEn: s("methodNotesEn"),
    sourceNote: s("sourceNote"),
    sourceNoteEn: s("sourceNoteEn"),
    internalNotes: s("internalNotes"),
    departmentCode: s("departmentCode"),
    regionCodes: form.getAll("regionCodes").map(String).join("|"),
    dueDays: s("dueDays"),
    higherIsBetter: form.get("higherIsBetter") ? "true" : "false",
    minValue: s("minValue"),
    maxValue: s("maxValue"),
    retired: "false",
  };
}

export async function createIndicatorAction(_p: FormState, form: FormData): Promise<FormState> {
  const actor = await requirePermission("catalogue:manage", `${PATH}/new`);
  const parsed = ZIndicatorFields.safeParse(rawFrom(form));
  if (!parsed.success) return fieldErrors(parsed.error);
  try {
    await createIndicator(parsed.data, await auditContext(actor));
  } catch (e) {
    return failure(e);
  }
  revalidatePath(`/[locale]${PATH}`, "page");
  return redirect({ href: `${PATH}/${parsed.data.code}?created=1`, locale: await getLocale() });
}

export async function updateIndicatorAction(_p: FormState, form: FormData): Promise<FormState> {
  const code = ZCode.safeParse(form.get("code"));
  const actor = await requirePermission("catalogue:manage", `${PATH}/${code.data ?? ""}`);
  const parsed = ZIndicatorFields.safeParse(rawFrom(form));
  if (!code.success || !parsed.success) return fieldErrors((parsed.error ?? code.error)!);
  const reason = { zh: String(form.get("reasonZh") ?? "").trim() || null, en: String(form.get("reasonEn") ?? "").trim() || null };
  const t = await getTranslations("catalogue");
  try {
    const r = await updateIndicator(code.data, parsed.data, String(form.get("updatedAt") ?? "") || null, reason, await auditContext(actor));
    revalidatePath(`/[locale]${PATH}`, "layout");
    if (!r.changed) return { ok: true, message: t("nothingChanged") };
    return { ok: true, message: r.methodologyNoteId ? t("savedWithNote", { n: r.changed }) : t("saved", { n: r.changed }) };
  } catch (e) {
    return failure(e);
  }
}

export async function retireIndicatorAction(_p: FormState, form: FormData): Promise<FormState> {
  const code = ZCode.safeParse(form.get("code"));
  const actor = await requirePermission("catalogue:manage", `${PATH}/${code.data ?? ""}`);
  if (!code.success) return badFieldState("code");
  // anything but the two operations the page offers is refused (it once restored a retired indicator)
  const op = form.get("op");
  if (op !== "retire" && op !== "restore") return badFieldState("op");
  const retire = op === "retire";
  try {
    await setIndicatorRetired(code.data, retire, await auditContext(actor));
    revalidatePath(`/[locale]${PATH}`, "layout");
    return { ok: true, message: (await getTranslations("catalogue"))(retire ? "retiredDone" : "restoredDone") };
  } catch (e) {
    return failure(e);
  }
}

const ZNote = z.object({
  code: ZCode,
  textZh: z.string().trim().min(1, "请填写中文说明 / The Chinese text is required").max(4000),
  textEn: z.string().trim().max(4000).transform((s) => s || null),
});

export async function addNoteAction(_p: FormState, form: FormData): Promise<FormState> {
  const actor = await requirePermission("catalogue:manage", `${PATH}/${String(form.get("code") ?? "")}`);
  const parsed = ZNote.safeParse({ code: form.get("code"), textZh: form.get("textZh") ?? "", textEn: form.get("textEn") ?? "" });
  if (!parsed.success) return fieldErrors(parsed.error);
  try {
    await addMethodologyNote(parsed.data.code, parsed.data.textZh, parsed.data.textEn, await auditContext(actor));
    revalidatePath(`/[locale]${PATH}`, "layout");
    return { ok: true, message: (await getTranslations("catalogue"))("noteAdded") };
  } catch (e) {
    return failure(e);
  }
}
