"use server";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auditContext, clientIp } from "./request-context";
import { safeNextPath } from "./safe-next";
import { endSession, getSessionActor, startSession } from "./session";
import { signIn } from "./sign-in";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";

export type SignInState = { error?: string; username?: string };

const ZSignIn = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const t = await getTranslations("auth");
  const parsed = ZSignIn.safeParse({ username: form.get("username"), password: form.get("password") });
  if (!parsed.success) return { error: t("required"), username: String(form.get("username") ?? "") };
  const h = await headers();
  const result = await signIn(parsed.data.username, parsed.data.password, { ip: clientIp(h), userAgent: h.get("user-agent") });
  if (!result.ok) {
    if (result.reason === "throttled") {
      const at = new Date(Date.now() + result.retryAfterSeconds * 1000);
      const time = at.toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit" });
      return { error: t("throttled", { minutes: Math.ceil(result.retryAfterSeconds / 60), time }), username: parsed.data.username };
    }
    return { error: t("invalid"), username: parsed.data.username };
  }
  await startSession(result.user);
  const locale = await getLocale();
  const next = safeNextPath(form.get("next"));
  redirect(locale === "zh" || next.startsWith("/en") ? next : `/${locale}${next}`);
}

export async function signOutAction(): Promise<void> {
  const actor = await getSessionActor();
  if (actor) {
    const ctx = await auditContext(actor);
    await db().$transaction((tx) => writeAudit(tx, ctx, { action: "auth.sign_out", entityType: "user", entityId: actor.id }));
  }
  await endSession();
  const locale = await getLocale();
  redirect(locale === "zh" ? "/login" : `/${locale}/login`);
}
