"use server";
import { ZDbId } from "@/lib/http/path-id";
import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { auditContext } from "@/lib/auth/request-context";
import { requirePermission } from "@/lib/auth/require";
import { isAppError } from "@/lib/errors";
import { redirect } from "@/lib/i18n/navigation";
import { cancelRelease } from "./cancel-release";
import { moveRelease, parseShanghaiDateTime, planRelease, ZPlanRelease } from "./manage-releases";

export type ReleaseFormState = { ok?: boolean; message?: string };

async function fail(e: unknown): Promise<ReleaseFormState> {
  if (isAppError(e)) return { ok: false, message: e.messageFor(await getLocale()) };
  throw e;
}

export async function planReleaseAction(_p: ReleaseFormState, form: FormData): Promise<ReleaseFormState> {
  const actor = await requirePermission("release:manage", "/admin/releases");
  const releaseAt = parseShanghaiDateTime(String(form.get("releaseAt") ?? ""));
  const parsed = ZPlanRelease.safeParse({
    titleZh: form.get("titleZh"),
    titleEn: form.get("titleEn") ?? undefined,
    period: form.get("period") ?? undefined,
    releaseAt: releaseAt ?? undefined,
    indicatorCodes: String(form.get("indicatorCodes") ?? "").split(/[,，\s]+/).filter(Boolean),
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join("；") };
  try {
    await planRelease(parsed.data, actor.id, await auditContext(actor));
  } catch (e) {
    return fail(e);
  }
  revalidatePath("/[locale]/admin/releases", "page");
  return { ok: true, message: (await getTranslations("releases"))("planned") };
}

export async function moveReleaseAction(_p: ReleaseFormState, form: FormData): Promise<ReleaseFormState> {
  const actor = await requirePermission("release:manage", "/admin/releases");
  const id = ZDbId.safeParse(form.get("releaseId"));
  const to = parseShanghaiDateTime(String(form.get("toAt") ?? ""));
  if (!id.success || !to) return { ok: false, message: (await getLocale()) === "en" ? "Choose the new time." : "请选择新的发布时间。" };
  try {
    await moveRelease(id.data, to, String(form.get("reason") ?? ""), actor.id, await auditContext(actor));
  } catch (e) {
    return fail(e);
  }
  revalidatePath("/[locale]/admin/releases", "page");
  return { ok: true, message: (await getTranslations("releases"))("movedOk") };
}

export async function cancelReleaseAction(_p: ReleaseFormState, form: FormData): Promise<ReleaseFormState> {
  const actor = await requirePermission("release:manage", "/admin/releases");
  const id = ZDbId.safeParse(form.get("releaseId"));
  const locale = await getLocale();
  if (!id.success) return { ok: false, message: locale === "en" ? "No such release." : "发布不存在。" };
  let returned: number[];
  try {
    returned = (await cancelRelease(id.data, String(form.get("reason") ?? ""), actor.id, await auditContext(actor))).returnedBatches;
  } catch (e) {
    return fail(e);
  }
  revalidatePath("/[locale]/admin/releases", "page");
  revalidatePath("/[locale]/review", "layout");
  // the cancelled release leaves the list its form sat in: the page says at its top what happened
  return redirect({ href: { pathname: "/admin/releases", query: { cancelled: id.data, returned: returned.length } }, locale });
}
