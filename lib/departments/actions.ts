"use server";
import { ZDbId } from "@/lib/http/path-id";
import { badFieldState } from "@/lib/forms/bad-field";
import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { auditContext } from "@/lib/auth/request-context";
import { requirePermission } from "@/lib/auth/require";
import { isAppError } from "@/lib/errors";
import { saveDepartment } from "./save-department";
import { departmentFromForm, ZDepartment } from "./schema";

export type FormState = { ok?: boolean; message?: string; errors?: Record<string, string[]> };

/** Creates (no id) or edits (id) a department with its contact person and uploaders. */
export async function saveDepartmentAction(_p: FormState, form: FormData): Promise<FormState> {
  const actor = await requirePermission("catalogue:manage", "/admin/departments");
  const t = await getTranslations("catalogue");
  const en = (await getLocale()) === "en";
  const id = form.get("id") ? ZDbId.safeParse(form.get("id")) : null;
  if (id && !id.success) return badFieldState("id");
  const parsed = ZDepartment.safeParse(departmentFromForm(form));
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) {
      const [zh, eng] = i.message.split(" / ");
      (errors[String(i.path[0])] ??= []).push(en ? (eng ?? zh) : zh);
    }
    return { ok: false, errors, message: t("fixErrors") };
  }
  try {
    await saveDepartment(id ? id.data : null, parsed.data, await auditContext(actor));
    revalidatePath("/[locale]/admin/departments", "page");
    return { ok: true, message: id ? t("departmentSaved") : t("departmentCreated", { code: parsed.data.code }) };
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.messageFor(en ? "en" : "zh") };
    console.error(e);
    return { ok: false, message: t("error") };
  }
}
