// Route handlers during a database outage: 503 with Retry-After and the usual JSON error
// shape, never a stack trace or SQL text. requireApi, servePublicGet and appErrorResponse
// answer it on their own; `withDbErrors` wraps a whole handler for failures after those
// points (the database going away mid-request) and turns any other unexpected error into a
// plain JSON 500, since Next's own 500 has an empty body.
import { unstable_rethrow } from "next/navigation";
import { markDbDown } from "@/lib/db/db-state";
import { isDbUnavailable } from "@/lib/db/unavailable";
import { apiError } from "./api-response";

export const RETRY_AFTER_SECONDS = 5;

export function dbUnavailableResponse(headers?: HeadersInit): Response {
  return apiError(
    503,
    "service_unavailable",
    "服务暂时不可用（数据库连接中断），请稍后重试 / Service temporarily unavailable (database connection lost); please retry shortly",
    undefined,
    { "Retry-After": String(RETRY_AFTER_SECONDS), ...headers },
  );
}

/** The 503 answer when `e` is a database outage (and the flag proxy.ts reads is set); else null. */
export function dbUnavailableAnswer(e: unknown, headers?: HeadersInit): Response | null {
  if (!isDbUnavailable(e)) return null;
  markDbDown();
  return dbUnavailableResponse(headers);
}

export function internalErrorResponse(): Response {
  return apiError(500, "internal_error", "服务器内部错误 / Internal server error");
}

/** Wraps a route handler: outages answer 503, other unexpected errors a JSON 500 (logged). */
export function withDbErrors<A extends unknown[]>(handler: (...args: A) => Response | Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (e) {
      unstable_rethrow(e); // Next's own control flow (dynamic-usage bailouts, redirect, notFound)
      const answer = dbUnavailableAnswer(e);
      if (answer) return answer;
      console.error("route handler:", e);
      return internalErrorResponse();
    }
  };
}
