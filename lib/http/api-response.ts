// One JSON error shape for every route handler: { error: { code, message } }.
export function apiError(status: number, code: string, message: string, extra?: Record<string, unknown>, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message, ...extra } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export function apiJson(body: unknown, status = 200, headers?: HeadersInit): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
