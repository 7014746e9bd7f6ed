"use server";
// Thin: who → parse → domain function (which checks role, what is owed and the values itself).
import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { auditContext } from "@/lib/auth/request-context";
import { requireUser } from "@/lib/auth/require";
import { isAppError } from "@/lib/errors";
import { returnPeriod } from "./load-return";
import { saveReturnDraft } from "./save-draft";
import { submitReturn, type SubmitOutcome } from "./save-return";

export type SaveOutcome = { ok: true; savedAt: string; versions: Record<string, number> } | { ok: false; message: string };

async function common(period: unknown) {
  const p = typeof period === "string" ? returnPeriod(period) : null;
  const actor = await requireUser(`/returns/${p ?? ""}`);
  const locale = (await getLocale()) === "en" ? "en" : "zh";
  return { p, actor, ctx: await auditContext(actor), locale } as const;
}

const badPeriod = (en: boolean) => ({ ok: false as const, message: en ? "Unknown period." : "期别不正确。" });

/** `base`: the draft versions the reporter's copy started from (a colleague's newer save is refused, not overwritten). */
export async function saveReturnDraftAction(period: unknown, cells: unknown, explanations: unknown = {}, base: unknown = {}): Promise<SaveOutcome> {
  const { p, actor, ctx, locale } = await common(period);
  if (!p) return badPeriod(locale === "en");
  try {
    return { ok: true, ...(await saveReturnDraft(actor, ctx, p, cells, explanations, base)) };
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.messageFor(locale) };
    throw e;
  }
}

export async function submitReturnAction(period: unknown, cells: unknown, explanations: unknown = {}): Promise<SubmitOutcome> {
  const { p, actor, ctx, locale } = await common(period);
  if (!p) return badPeriod(locale === "en");
  try {
    const out = await submitReturn(actor, ctx, p, cells, locale, explanations);
    if (out.ok) {
      revalidatePath("/[locale]/uploads", "layout");
      revalidatePath("/[locale]/staff", "page");
    }
    return out;
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.messageFor(locale) };
    throw e;
  }
}
