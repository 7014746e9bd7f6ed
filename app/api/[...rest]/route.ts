import { apiError } from "@/lib/http/api-response";

// An API path that does not exist answers in the API's JSON error shape, not with an HTML page.
const notFound = () => apiError(404, "not_found", "接口不存在，见 /api-docs / No such endpoint, see /api-docs");

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
