import "server-only";
import { forbidden } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { can, type Actor } from "./permissions";
import type { Permission } from "./roles";
import { getSessionActor } from "./session";

/**
 * For staff pages and server actions: the signed-in user, or a redirect to sign-in that
 * comes back to `returnTo` afterwards.
 */
export async function requireUser(returnTo: string): Promise<Actor> {
  const actor = await getSessionActor();
  if (!actor) {
    const locale = await getLocale();
    return redirect({ href: { pathname: "/login", query: { next: returnTo } }, locale });
  }
  return actor;
}

/** As requireUser, and a 403 page when the user's roles lack the permission. */
export async function requirePermission(permission: Permission, returnTo: string): Promise<Actor> {
  const actor = await requireUser(returnTo);
  if (!can(actor, permission)) forbidden();
  return actor;
}
