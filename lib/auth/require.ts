import "server-only";
import { forbidden } from "next/navigation";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { can, type Actor } from "./permissions";
import { RETURN_TO_HEADER, resolveReturnTo } from "./return-to";
import type { Permission } from "./roles";
import { getSessionActor } from "./session";

/**
 * For staff pages and server actions: the signed-in user, or a redirect to sign-in that
 * comes back afterwards to the URL of the request (path and query, set by proxy.ts in the
 * x-return-to header), or to `returnTo` when the request carries none.
 */
export async function requireUser(returnTo: string): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) {
    const locale = await getLocale();
    const next = resolveReturnTo((await headers()).get(RETURN_TO_HEADER), returnTo);
    return redirect({ href: { pathname: "/login", query: { next } }, locale });
  }
  return actor;
}

/** As requireUser, and a 403 page when the user's roles lack the permission. */
export async function requirePermission(permission: Permission, returnTo: string): Promise<Actor> {
  const actor = await requireUser(returnTo);
  if (!can(actor, permission)) forbidden();
  return actor;
}
