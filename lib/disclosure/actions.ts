"use server";
// Server actions of /admin/disclosure (each re-checks permission; messages in the user's language).
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { auditContext } from "@/lib/auth/request-context";
import { requirePermission } from "@/lib/auth/require";
import { isAppError } from "@/lib/errors";
import { deleteRelation, saveRelation, saveRule } from "./save-rule";
import { parseCellRef, replaceComplementary, type CellRef } from "./review-choice";

export type DisclosureFormState = { ok?: boolean; message?: string };

const text = (f: FormData, k: string) => String(f.get(k) ?? "").trim();
const optional = (f: FormData, k: string) => text(f, k) || null;

async function run(done: { zh: string; en: string }, fn: () => Promise<void>): Promise<DisclosureFormState> {
  const locale = await getLocale();
  try {
    await fn();
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.messageFor(locale) };
    throw e;
  }
  revalidatePath("/[locale]/admin/disclosure", "page");
  return { ok: true, message: locale === "en" ? done.en : done.zh };
}

export async function saveRuleAction(_prev: DisclosureFormState, form: FormData): Promise<DisclosureFormState> {
  const actor = await requirePermission("catalogue:manage", "/admin/disclosure");
  const code = text(form, "indicator");
  const n = optional(form, "dominanceN");
  const units = text(form, "minUnits");
  return run({ zh: `已保存 ${code} 的保密规则；下次提交和批准时生效。`, en: `Saved the rule for ${code}; it applies from the next submission and approval.` }, async () =>
    saveRule(
      code,
      {
        minUnits: /^\d+$/.test(units) ? Number(units) : NaN,
        dominanceN: n === null ? null : /^\d+$/.test(n) ? Number(n) : NaN,
        dominanceK: optional(form, "dominanceK"),
        pPercent: optional(form, "pPercent"),
        // required on the page; an empty one is refused by the rule's own check, not replaced by a default
        protectionPercent: text(form, "protectionPercent"),
      },
      await auditContext(actor),
    ),
  );
}

export async function saveRelationAction(_prev: DisclosureFormState, form: FormData): Promise<DisclosureFormState> {
  const actor = await requirePermission("catalogue:manage", "/admin/disclosure");
  const parts = text(form, "parts").split(/[\s,，、;；]+/).filter(Boolean).map((s) => s.toUpperCase());
  return run({ zh: "已保存汇总关系。", en: "Saved the sum relation." }, async () => saveRelation(text(form, "total").toUpperCase(), parts, optional(form, "note"), await auditContext(actor)));
}

export async function deleteRelationAction(_prev: DisclosureFormState, form: FormData): Promise<DisclosureFormState> {
  const actor = await requirePermission("catalogue:manage", "/admin/disclosure");
  return run({ zh: "已删除汇总关系。", en: "Deleted the sum relation." }, async () => deleteRelation(Number(text(form, "id")), await auditContext(actor)));
}

/** The review page: release proposed complementary values and withhold others instead. */
export async function chooseComplementaryAction(_prev: DisclosureFormState, form: FormData): Promise<DisclosureFormState> {
  const id = Number(text(form, "batchId"));
  const actor = await requirePermission("batch:review", `/review/${id}`);
  const refs = (k: string) => form.getAll(k).map((v) => parseCellRef(String(v))).filter((c): c is CellRef => c !== null);
  const locale = await getLocale();
  if (!Number.isInteger(id) || id <= 0) return { ok: false, message: locale === "en" ? "Parameter batchId: not a batch number." : "参数 batchId 不是批次编号。" };
  try {
    await replaceComplementary(id, refs("release"), refs("withhold"), actor, await auditContext(actor));
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.messageFor(locale) };
    throw e;
  }
  revalidatePath("/[locale]/review/[id]", "page");
  return { ok: true, message: locale === "en" ? "Checked and saved: the chosen values protect every confidential value." : "已核验并保存：所选数值能保护全部保密数值。" };
}
