"use server";
import { ZDbId } from "@/lib/http/path-id";
import { badFieldState } from "@/lib/forms/bad-field";
import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { auditContext } from "@/lib/auth/request-context";
import { requirePermission, requireUser } from "@/lib/auth/require";
import { startSession } from "@/lib/auth/session";
import { createToken, revokeToken } from "@/lib/auth/tokens";
import { isAppError } from "@/lib/errors";
import { formatList } from "@/lib/format-list";
import { changeOwnPassword } from "./change-password";
import { createUser, resetPassword, setUserDisabled, setUserRoles } from "./manage-users";
import { ZCreateUser, ZPassword, ZRoles } from "./schema";

export type FormState = { ok?: boolean; message?: string; errors?: Record<string, string[]>; token?: string };

async function failure(e: unknown): Promise<FormState> {
  if (isAppError(e)) return { ok: false, message: e.messageFor(await getLocale()) };
  console.error(e);
  return { ok: false, message: (await getTranslations("auth"))("error") };
}

const fieldErrors = (e: z.ZodError) => z.flattenError(e).fieldErrors as Record<string, string[]>;

export async function changePasswordAction(_p: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser("/profile");
  const parsed = z
    .object({ current: z.string().min(1), next: ZPassword, confirm: z.string() })
    .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "两次输入的新密码不一致 / The new passwords differ" })
    .safeParse({ current: form.get("current"), next: form.get("next"), confirm: form.get("confirm") });
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  try {
    const { version, endedTokens } = await changeOwnPassword(actor.id, parsed.data.current, parsed.data.next, await auditContext(actor));
    await startSession({ id: actor.id, sessionVersion: version }); // other sessions end, this browser gets a new one
    const t = await getTranslations("profile");
    const ended = endedTokens.length ? ` ${t("tokensEnded", { names: formatList(endedTokens, await getLocale()) })}` : "";
    revalidatePath("/[locale]/profile", "page");
    return { ok: true, message: `${t("passwordChanged")}${ended}` };
  } catch (e) {
    return failure(e);
  }
}

export async function createTokenAction(_p: FormState, form: FormData): Promise<FormState> {
  const actor = await requireUser("/profile");
  const name = z.string().trim().min(1).max(100).safeParse(form.get("name"));
  if (!name.success) return { ok: false, errors: { name: [(await getTranslations("profile"))("tokenNameRequired")] } };
  try {
    const { token } = await createToken({ id: actor.id, credentialVersion: actor.credentialVersion ?? -1 }, name.data, await auditContext(actor));
    revalidatePath("/[locale]/profile", "page");
    return { ok: true, token };
  } catch (e) {
    return failure(e);
  }
}

export async function revokeTokenAction(form: FormData): Promise<void> {
  const actor = await requireUser("/profile");
  const id = ZDbId.safeParse(form.get("id"));
  if (id.success) await revokeToken(actor.id, id.data, await auditContext(actor));
  revalidatePath("/[locale]/profile", "page");
}

export async function createUserAction(_p: FormState, form: FormData): Promise<FormState> {
  const actor = await requirePermission("user:manage", "/admin/users");
  const parsed = ZCreateUser.safeParse({
    username: form.get("username"),
    displayName: form.get("displayName"),
    password: form.get("password"),
    roles: form.getAll("roles"),
  });
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  try {
    await createUser(parsed.data, await auditContext(actor));
    revalidatePath("/[locale]/admin/users", "page");
    return { ok: true, message: (await getTranslations("admin"))("userCreated", { username: parsed.data.username }) };
  } catch (e) {
    return failure(e);
  }
}

export async function updateUserAction(_p: FormState, form: FormData): Promise<FormState> {
  const actor = await requirePermission("user:manage", "/admin/users");
  const id = ZDbId.safeParse(form.get("id"));
  if (!id.success) return badFieldState("id");
  const ctx = await auditContext(actor);
  const t = await getTranslations("admin");
  let endedTokens: string[] = [];
  try {
    switch (form.get("op")) {
      case "roles": {
        const roles = ZRoles.safeParse(form.getAll("roles"));
        if (!roles.success) return { ok: false, message: roles.error.issues[0].message };
        await setUserRoles(id.data, roles.data, ctx);
        break;
      }
      case "disable":
        ({ endedTokens } = await setUserDisabled(id.data, true, ctx));
        break;
      case "enable":
        await setUserDisabled(id.data, false, ctx);
        break;
      case "password": {
        const pw = ZPassword.safeParse(form.get("password"));
        if (!pw.success) return { ok: false, message: pw.error.issues[0].message };
        ({ endedTokens } = await resetPassword(id.data, pw.data, ctx));
        break;
      }
      default:
        return badFieldState("op");
    }
    revalidatePath("/[locale]/admin/users", "page");
    // the administrator learns which of the user's tokens the reset or disable ended
    const ended = endedTokens.length ? ` ${t("tokensEnded", { count: endedTokens.length, names: formatList(endedTokens, await getLocale()) })}` : "";
    return { ok: true, message: `${t("saved")}${ended}` };
  } catch (e) {
    return failure(e);
  }
}
