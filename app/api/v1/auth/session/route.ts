import { z } from "zod";
import { signIn } from "@/lib/auth/sign-in";
import { auditContext, clientIp } from "@/lib/auth/request-context";
import { csrfRefused } from "@/lib/auth/api-auth";
import { endSession, getSessionActor, startSession } from "@/lib/auth/session";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db";
import { apiError, apiJson } from "@/lib/http/api-response";
import { readJson } from "@/lib/http/read-json";
import { withDbErrors } from "@/lib/http/db-unavailable";
import { isNotCrossSite, isSameOrigin } from "@/lib/http/same-origin";

const ZBody = z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

/**
 * POST {username, password}: signs in and sets the session cookie (the form's API twin).
 * Never from another site's page (login CSRF: it would sign the visitor's browser into the
 * attacker's account); scripts that send no Origin may.
 */
export const POST = withDbErrors(async (req: Request) => {
  if (!isNotCrossSite(req.headers)) return csrfRefused();
  const body = await readJson(req, ZBody);
  if (body instanceof Response) return body;
  const result = await signIn(body.username, body.password, { ip: clientIp(req.headers), userAgent: req.headers.get("user-agent") });
  if (!result.ok) {
    if (result.reason === "throttled") {
      return apiError(429, "throttled", `登录失败次数过多，请 ${result.retryAfterSeconds} 秒后重试 / Too many failed sign-ins; retry in ${result.retryAfterSeconds} s`, { retryAfter: result.retryAfterSeconds }, { "Retry-After": String(result.retryAfterSeconds) });
    }
    return apiError(401, "invalid_credentials", "用户名或密码不正确 / Wrong username or password");
  }
  await startSession(result.user);
  return apiJson({ ok: true, username: result.user.username });
});

/** DELETE: signs out (the session ends on the server, not only in this browser); only from this site's own pages. */
export const DELETE = withDbErrors(async (req: Request) => {
  if (!isSameOrigin(req.headers)) return csrfRefused();
  const actor = await getSessionActor();
  if (actor) {
    const ctx = await auditContext(actor);
    await db().$transaction((tx) => writeAudit(tx, ctx, { action: "auth.sign_out", entityType: "user", entityId: actor.id }));
  }
  await endSession();
  return new Response(null, { status: 204 });
});
