import { isAppError } from "@/lib/errors";
import { apiError } from "./api-response";
import { dbUnavailableAnswer } from "./db-unavailable";

/** An expected domain failure (AppError) or a database outage (503) as its HTTP answer; anything else is rethrown. */
export function appErrorResponse(e: unknown): Response {
  if (isAppError(e)) return apiError(e.status, e.code.toLowerCase(), `${e.zh} / ${e.en}`);
  const unavailable = dbUnavailableAnswer(e);
  if (unavailable) return unavailable;
  throw e;
}
