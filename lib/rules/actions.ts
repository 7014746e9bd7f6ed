"use server";
// Server actions: an administrator changes a rule (/admin/rules); an uploader explains the soft
// findings of a staged batch (/uploads/[id]). Each re-checks who; messages in the user's language.
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { auditContext } from "@/lib/auth/request-context";
import { requirePermission, requireUser } from "@/lib/auth/require";
import { isAppError } from "@/lib/errors";
import { saveExplanations } from "./findings";
import { changeRule } from "./save-rule";

export type RuleFormState = { ok?: boolean; message?: string };

const text = (f: FormData, k: string) => String(f.get(k) ?? "").trim();

async function run(done: { zh: string; en: string }, fn: () => Promise<unknown>, path: string): Promise<RuleFormState> {
  const locale = await getLocale();
  try {
    await fn();
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.messageFor(locale) };
    throw e;
  }
  revalidatePath(path, "page");
  return { ok: true, message: locale === "en" ? done.en : done.zh };
}

export async function changeRuleAction(_prev: RuleFormState, form: FormData): Promise<RuleFormState> {
  const actor = await requirePermission("catalogue:manage", "/admin/rules");
  const code = text(form, "code");
  const locale = await getLocale();
  let params: unknown;
  try {
    params = JSON.parse(text(form, "params"));
  } catch (e) {
    const why = e instanceof Error ? e.message : "";
    return { ok: false, message: locale === "en" ? `params: not valid JSON (${why}).` : `参数：不是有效的 JSON（${why}）。` };
  }
  return run(
    { zh: `已保存规则 ${code} 的新版本；下次上传和填报时生效。`, en: `Saved a new version of ${code}; it applies from the next upload and return.` },
    async () =>
      changeRule(code, { params: params as never, severity: text(form, "severity") as never, active: form.get("active") === "on", scope: text(form, "scope"), note: text(form, "note"), notedOn: text(form, "notedOn") }, await auditContext(actor)),
    "/[locale]/admin/rules",
  );
}

export async function saveExplanationsAction(_prev: RuleFormState, form: FormData): Promise<RuleFormState> {
  const batchId = Number(text(form, "batchId"));
  const actor = await requireUser(`/uploads/${batchId}`);
  const texts: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (k.startsWith("finding-")) texts[k.slice(8)] = String(v);
  return run(
    { zh: "说明已保存，可以提交审核。", en: "Explanations saved; the batch can be submitted." },
    async () => saveExplanations(actor, await auditContext(actor), batchId, texts),
    "/[locale]/uploads/[id]",
  );
}
