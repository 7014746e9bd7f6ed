import "server-only";
// Every public GET of the open API goes through servePublicGet: the rate limit, CORS, the
// epoch-keyed ETag with 304, Cache-Control that never outlives the next release time, and
// refused parameters answered 400 (never 500), a database outage 503.
import { clientIp } from "@/lib/auth/request-context";
import { isAppError } from "@/lib/errors";
import { apiError } from "@/lib/http/api-response";
import { dbUnavailableAnswer } from "@/lib/http/db-unavailable";
import { currentEpoch, maxAgeSeconds, type Epoch } from "@/lib/public/epoch";
import { cachedAnswer } from "./answer-cache";
import { CORS_HEADERS, preflightResponse, withHeaders } from "./cors";
import { etagOf, etagOfBytes, matchesIfNoneMatch } from "./etag";
import { ParamError } from "./params/param-error";
import { publicApiLimiter, rateLimitHeaders } from "./rate-limit";

export type PublicGetContext = { epoch: Epoch; url: URL; req?: Request };

export type ErrorWriter = (status: number, code: string, message: string, extra?: Record<string, unknown>, headers?: Record<string, string>) => Response;

export type ServeOptions = {
  /** Tag the answer by the epoch and URL before building it (default), or by its body. */
  etag?: "epoch" | "body";
  /** What besides the URL selects the answer (SDMX's negotiated format): part of the stored-answer key and the ETag. */
  variant?: (req: Request, url: URL) => string;
  /** How the rate limit and unexpected errors are written (default: the open API's JSON error). */
  errors?: ErrorWriter;
};

/** The stored-answer key of a request: its path and query, and the variant when there is one. */
export function answerKey(url: URL, variant: string): string {
  return url.pathname + url.search + (variant ? `\n${variant}` : "");
}

export async function servePublicGet(req: Request, build: (ctx: PublicGetContext) => Promise<Response>, opts: ServeOptions = {}): Promise<Response> {
  const decision = publicApiLimiter().take(clientIp(req.headers), Date.now());
  const limitHeaders = { ...CORS_HEADERS, ...rateLimitHeaders(decision) };
  if (!decision.allowed) {
    const seconds = decision.retryAfterSeconds!;
    const message = `请求过于频繁，请 ${seconds} 秒后再试 / Too many requests: retry in ${seconds} s (limit ${decision.limit} per client address)`;
    return (opts.errors ?? apiError)(429, "rate_limited", message, { retryAfterSeconds: seconds }, limitHeaders);
  }
  try {
    const epoch = await currentEpoch();
    const url = new URL(req.url);
    const cache = { "Cache-Control": `public, max-age=${maxAgeSeconds(epoch)}` };
    if (opts.etag !== "body") {
      const key = answerKey(url, opts.variant?.(req, url) ?? "");
      const etag = etagOf(epoch.key, key);
      if (matchesIfNoneMatch(req.headers.get("if-none-match"), etag)) {
        return new Response(null, { status: 304, headers: { ...limitHeaders, ...cache, ETag: etag } });
      }
      const res = await cachedAnswer(epoch.key, key, () => build({ epoch, url, req }));
      return withHeaders(res, res.ok ? { ...limitHeaders, ...cache, ETag: etag } : limitHeaders);
    }
    const res = await build({ epoch, url, req });
    if (!res.ok) return withHeaders(res, limitHeaders);
    const body = new Uint8Array(await res.arrayBuffer());
    const etag = etagOfBytes(body);
    const headers = { ...limitHeaders, ...cache, ETag: etag };
    if (matchesIfNoneMatch(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
    return withHeaders(new Response(body, { status: res.status, headers: res.headers }), headers);
  } catch (e) {
    return withHeaders(errorAnswer(e, opts.errors ?? apiError), limitHeaders);
  }
}

function errorAnswer(e: unknown, write: ErrorWriter): Response {
  if (e instanceof ParamError) return write(400, "invalid_parameter", e.message, { parameter: e.parameter });
  if (isAppError(e)) return write(e.status, e.code.toLowerCase(), `${e.zh} / ${e.en}`);
  const unavailable = dbUnavailableAnswer(e);
  if (unavailable) return unavailable;
  console.error("open API:", e);
  return write(500, "internal_error", "服务器内部错误 / Internal server error");
}

/** OPTIONS handler for every open-API route. */
export function publicOptions(): Response {
  return preflightResponse();
}
