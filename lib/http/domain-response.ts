import { isAppError } from "@/lib/errors";
import { apiError } from "./api-response";

/** An expected domain failure (AppError) as its HTTP answer; anything else is rethrown. */
export function appErrorResponse(e: unknown): Response {
  if (isAppError(e)) return apiError(e.status, e.code.toLowerCase(), `${e.zh} / ${e.en}`);
  throw e;
}
