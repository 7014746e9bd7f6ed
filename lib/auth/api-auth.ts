import "server-only";
import type { Actor } from "./permissions";
import { can } from "./permissions";
import type { Permission } from "./roles";
import { getSessionActor } from "./session";
import { actorForToken } from "./tokens";
import { apiError } from "@/lib/http/api-response";
import { dbUnavailableAnswer } from "@/lib/http/db-unavailable";
import { isSameOrigin } from "@/lib/http/same-origin";

export type ApiAuth = { actor: Actor; via: "token" | "session" };

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Bearer token first, then the session cookie. A cookie-authenticated state change must
 * come from our own origin (CSRF): browsers send Origin on cross-site POSTs, and a missing
 * Origin with a cookie is refused too. Bearer requests carry no ambient credential.
 */
export async function authenticate(req: Request): Promise<ApiAuth | null> {
  const header = req.headers.get("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) {
    const actor = await actorForToken(header.slice(7).trim());
    return actor ? { actor, via: "token" } : null;
  }
  const actor = await getSessionActor();
  return actor ? { actor, via: "session" } : null;
}

export const csrfRefused = () => apiError(403, "csrf", "跨站请求被拒绝 / Cross-site request refused");

/**
 * For route handlers: the actor, or the 401/403 response to return (a list = any one of them).
 * This is the first database access of most handlers, so an outage answers 503 here.
 */
export async function requireApi(req: Request, permission?: Permission | Permission[]): Promise<ApiAuth | Response> {
  let auth: ApiAuth | null;
  try {
    auth = await authenticate(req);
  } catch (e) {
    const unavailable = dbUnavailableAnswer(e);
    if (unavailable) return unavailable;
    throw e;
  }
  if (!auth) return apiError(401, "unauthorized", "需要登录或有效的 API 令牌 / Sign-in or a valid API token is required");
  if (auth.via === "session" && !SAFE.has(req.method) && !isSameOrigin(req.headers)) return csrfRefused();
  if (permission && ![permission].flat().some((p) => can(auth.actor, p))) {
    return apiError(403, "forbidden", "无权限：当前角色不能执行此操作 / Not permitted: your role does not allow this");
  }
  return auth;
}
