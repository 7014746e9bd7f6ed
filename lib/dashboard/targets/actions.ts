"use server";
// Server actions of the targets and settings pages (admin only; each re-checks permission).
import { badFieldState } from "@/lib/forms/bad-field";
import { ZDbId } from "@/lib/http/path-id";
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { auditContext } from "@/lib/auth/request-context";
import { requirePermission } from "@/lib/auth/require";
import { isAppError } from "@/lib/errors";
import { setPrereleaseEnabled } from "../prerelease-setting";
import { deleteTarget, saveTarget } from "./save-target";
import { targetFromForm, ZTarget } from "./schema";

export type TargetFormState = { ok?: boolean; message?: string; errors?: Record<string, string[]> };

const say = (locale: string, zh: string, en: string) => (locale === "en" ? en : zh);

async function failure(e: unknown): Promise<TargetFormState> {
  if (isAppError(e)) return { ok: false, message: e.messageFor(await getLocale()) };
  throw e;
}

export async function saveTargetAction(_prev: TargetFormState, form: FormData): Promise<TargetFormState> {
  const actor = await requirePermission("target:manage", "/admin/targets");
  const locale = await getLocale();
  const parsed = ZTarget.safeParse(targetFromForm(form));
  if (!parsed.success) {
    const errors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (errors[String(i.path[0] ?? "form")] ??= []).push(i.message);
    return { ok: false, message: say(locale, "请检查标出的字段。", "Please check the marked fields."), errors };
  }
  const id = ZDbId.safeParse(form.get("id"));
  try {
    await saveTarget(parsed.data, id.success ? id.data : null, actor.id, await auditContext(actor));
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/[locale]/admin/targets", "page");
  return { ok: true, message: say(locale, "目标已保存。", "Target saved.") };
}

export async function deleteTargetAction(_prev: TargetFormState, form: FormData): Promise<TargetFormState> {
  const actor = await requirePermission("target:manage", "/admin/targets");
  const id = ZDbId.safeParse(form.get("id"));
  if (!id.success) return { ok: false, message: "id" };
  try {
    await deleteTarget(id.data, await auditContext(actor));
  } catch (e) {
    return failure(e);
  }
  revalidatePath("/[locale]/admin/targets", "page");
  return { ok: true, message: say(await getLocale(), "目标已删除。", "Target deleted.") };
}

export async function setPrereleaseAction(_prev: TargetFormState, form: FormData): Promise<TargetFormState> {
  const actor = await requirePermission("settings:manage", "/admin/settings");
  // a checkbox sends "on" or nothing: any other value was not sent by the page
  const raw = form.get("enabled");
  if (raw !== null && raw !== "on") return badFieldState("enabled");
  const enabled = raw === "on";
  await setPrereleaseEnabled(enabled, await auditContext(actor));
  revalidatePath("/[locale]/admin/settings", "page");
  const locale = await getLocale();
  return { ok: true, message: enabled ? say(locale, "已开启：领导可查看已批准未发布的数据（每次查看均记入审计日志）。", "On: leaders see approved, unreleased values (every view is logged).") : say(locale, "已关闭预发布查看。", "Pre-release access is off.") };
}
