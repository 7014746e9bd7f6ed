import type { z } from "zod";
import { apiError } from "./api-response";

/** Parses a JSON body against a schema: the value, or the 400/413/415 response to return. */
export async function readJson<T extends z.ZodType>(req: Request, schema: T, maxBytes = 64 * 1024): Promise<z.infer<T> | Response> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) return apiError(415, "unsupported_media_type", "请求体须为 JSON / Body must be application/json");
  const text = await req.text();
  if (text.length > maxBytes) return apiError(413, "too_large", "请求体过大 / Body too large");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return apiError(400, "invalid_json", "请求体不是有效的 JSON / Body is not valid JSON");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    return apiError(400, "invalid_body", `请求参数有误 / Invalid request: ${issues.map((i) => `${i.path || "(body)"} ${i.message}`).join("; ")}`, { issues });
  }
  return parsed.data;
}
