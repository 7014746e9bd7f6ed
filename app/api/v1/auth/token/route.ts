import { z } from "zod";
import { signIn } from "@/lib/auth/sign-in";
import { clientIp } from "@/lib/auth/request-context";
import { createToken } from "@/lib/auth/tokens";
import { apiError, apiJson } from "@/lib/http/api-response";
import { appErrorResponse } from "@/lib/http/domain-response";
import { readJson } from "@/lib/http/read-json";
import { withDbErrors } from "@/lib/http/db-unavailable";
import { csrfRefused } from "@/lib/auth/api-auth";
import { isNotCrossSite } from "@/lib/http/same-origin";

const ZBody = z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200), name: z.string().max(100).optional() });

/** POST {username, password} → {token, expiresAt}: a Bearer token for scripts (which send no Origin; another site's page may not). */
export const POST = withDbErrors(async (req: Request) => {
  if (!isNotCrossSite(req.headers)) return csrfRefused();
  const body = await readJson(req, ZBody);
  if (body instanceof Response) return body;
  const ctx = { ip: clientIp(req.headers), userAgent: req.headers.get("user-agent") };
  const result = await signIn(body.username, body.password, ctx);
  if (!result.ok) {
    if (result.reason === "throttled") {
      return apiError(429, "throttled", `登录失败次数过多，请 ${result.retryAfterSeconds} 秒后重试 / Too many failed sign-ins; retry in ${result.retryAfterSeconds} s`, { retryAfter: result.retryAfterSeconds }, { "Retry-After": String(result.retryAfterSeconds) });
    }
    return apiError(401, "invalid_credentials", "用户名或密码不正确 / Wrong username or password");
  }
  let made;
  try {
    made = await createToken({ id: result.user.id, credentialVersion: result.user.sessionVersion }, body.name ?? "api", { ...ctx, actorId: result.user.id, actorName: result.user.username });
  } catch (e) {
    return appErrorResponse(e); // the password changed between the check and the token
  }
  const { token, expiresAt } = made;
  return apiJson({ token, expiresAt: expiresAt.toISOString() }, 201);
});
