import { apiError } from "@/lib/http/api-response";
import { CORS_HEADERS, preflightResponse } from "@/lib/open-api/cors";

// An API path that does not exist answers in the API's JSON error shape, not with an HTML page,
// and with the open API's CORS headers, so a browser app on another site that mistypes a path
// can read the 404 instead of failing with a CORS error.
const notFound = () => apiError(404, "not_found", "接口不存在，见 /api-docs / No such endpoint, see /api-docs", undefined, CORS_HEADERS);

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = preflightResponse;
