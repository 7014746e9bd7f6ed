"use server";
import { ZDbId } from "@/lib/http/path-id";
import { badFieldState } from "@/lib/forms/bad-field";
import { revalidatePath } from "next/cache";
import { forbidden } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { auditContext } from "@/lib/auth/request-context";
import { requireUser } from "@/lib/auth/require";
import { isAppError } from "@/lib/errors";
import { redirect } from "@/lib/i18n/navigation";
import { parseShanghaiDateTime } from "@/lib/releases/manage-releases";
import { ZReleaseNaming, type TReleaseNaming } from "@/lib/releases/release-naming";
import { approveBatch } from "./approve-batch";
import { RoleMissingError } from "./batch-access";
import { rejectBatch, submitBatch, withdrawBatch } from "./transitions";

export type ActionState = { ok?: boolean; message?: string };

// Thin: parse → who → domain function (which checks permission and state itself) → revalidate.
async function run(path: string, form: FormData, op: (batchId: number, o: Awaited<ReturnType<typeof common>>) => Promise<unknown>, done: { zh: string; en: string }): Promise<ActionState> {
  const o = await common(path);
  const id = ZDbId.safeParse(form.get("batchId"));
  const locale = await getLocale();
  if (!id.success) return badFieldState("batchId");
  try {
    await op(id.data, o);
  } catch (e) {
    // a role without the permission was never shown this form: the 403 page, not a message in a form it does not have
    if (e instanceof RoleMissingError) forbidden();
    if (isAppError(e)) return { ok: false, message: e.messageFor(locale) };
    throw e;
  }
  revalidatePath("/[locale]/uploads", "layout");
  revalidatePath("/[locale]/review", "layout");
  return { ok: true, message: locale === "en" ? done.en : done.zh };
}

async function common(path: string) {
  const actor = await requireUser(path);
  return { actor, ctx: await auditContext(actor) };
}

export async function submitBatchAction(_p: ActionState, form: FormData): Promise<ActionState> {
  return run(`/uploads/${form.get("batchId")}`, form, (batchId, o) => submitBatch({ batchId, ...o }), { zh: "已提交审核。", en: "Submitted for review." });
}

export async function withdrawBatchAction(_p: ActionState, form: FormData): Promise<ActionState> {
  return run(`/uploads/${form.get("batchId")}`, form, (batchId, o) => withdrawBatch({ batchId, ...o }), { zh: "已撤回。", en: "Withdrawn." });
}

export async function rejectBatchAction(_p: ActionState, form: FormData): Promise<ActionState> {
  const out = await run(`/review/${form.get("batchId")}`, form, (batchId, o) => rejectBatch({ batchId, ...o, reason: String(form.get("reason") ?? "") }), {
    zh: "已退回上传人。",
    en: "Rejected and returned to the uploader.",
  });
  return out.ok ? backToReview(form, "rejected") : out;
}

const REASONS = ["PRELIMINARY_TO_FINAL", "BENCHMARK", "CORRECTION"] as const;

export async function approveBatchAction(_p: ActionState, form: FormData): Promise<ActionState> {
  const chosen = form.get("releaseId") ? ZDbId.safeParse(form.get("releaseId")) : null;
  if (chosen && !chosen.success) return badFieldState("releaseId");
  const releaseId = chosen?.data;
  const at = form.get("releaseAt") ? parseShanghaiDateTime(String(form.get("releaseAt"))) : null;
  const reason = REASONS.find((r) => r === form.get("revisionReason"));
  const locale = await getLocale();
  // a release at a chosen time is announced under the title and period the reviewer confirms
  let naming: TReleaseNaming | undefined;
  if (!releaseId && at) {
    const parsed = ZReleaseNaming.safeParse({ titleZh: form.get("titleZh") ?? "", titleEn: form.get("titleEn") ?? undefined, period: form.get("period") ?? "" });
    if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message.split(" / ")[locale === "en" ? 1 : 0] ?? i.message).join("；") };
    naming = parsed.data;
  }
  const out = await run(
    `/review/${form.get("batchId")}`,
    form,
    (batchId, o) => approveBatch({ batchId, ...o, releaseId, releaseAt: at ?? undefined, naming, revisionReason: reason }),
    { zh: "已批准，将在发布时间公开。", en: "Approved; it becomes public at the release time." },
  );
  return out.ok ? backToReview(form, "approved") : out;
}

/** After a decision the page opens again at its top, which says what happened. */
async function backToReview(form: FormData, done: "approved" | "rejected"): Promise<never> {
  return redirect({ href: { pathname: `/review/${Number(form.get("batchId"))}`, query: { done } }, locale: await getLocale() });
}
