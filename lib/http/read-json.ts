import type { z } from "zod";
import { apiError } from "./api-response";

/**
 * The media type of a Content-Type header, exactly: "application/json; charset=utf-8" is
 * application/json, "text/plain; application/json" is text/plain. A browser sends the latter
 * cross-site without a preflight, so a check that only looked for the words let a foreign page
 * post JSON with the user's cookie (login CSRF).
 */
export function isJsonContentType(header: string | null): boolean {
  return (header ?? "").split(";")[0].trim().toLowerCase() === "application/json";
}

/** Parses a JSON body against a schema: the value, or the 400/413/415 response to return. */
export async function readJson<T extends z.ZodType>(req: Request, schema: T, maxBytes = 64 * 1024): Promise<z.infer<T> | Response> {
  if (!isJsonContentType(req.headers.get("content-type"))) return apiError(415, "unsupported_media_type", "请求体须为 JSON（Content-Type: application/json） / Body must be JSON (Content-Type: application/json)");
  const text = await req.text();
  if (text.length > maxBytes) return apiError(413, "too_large", "请求体过大 / Body too large");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return apiError(400, "invalid_json", "请求体不是有效的 JSON / Body is not valid JSON");
  }
  // PostgreSQL text cannot hold U+0000: refuse it here, once, rather than as a 500 from the query
  if (containsNul(raw)) return apiError(400, "invalid_body", "请求体含有不允许的空字符（U+0000） / Body contains a NUL character (U+0000), which is not allowed");
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    return apiError(400, "invalid_body", `请求参数有误 / Invalid request: ${issues.map((i) => `${i.path || "(body)"} ${i.message}`).join("; ")}`, { issues });
  }
  return parsed.data;
}

/** Any string (key or value) with U+0000, without recursion (JSON may nest 20,000 deep). */
function containsNul(root: unknown): boolean {
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (v.includes("\u0000")) return true;
    } else if (v && typeof v === "object") {
      for (const [k, child] of Object.entries(v)) {
        if (k.includes("\u0000")) return true;
        stack.push(child);
      }
    }
  }
  return false;
}
