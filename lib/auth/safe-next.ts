/**
 * Only same-site paths may be returned to after sign-in ("/x", never "//evil" or "http:").
 * Control characters are refused too: browsers drop tabs and newlines while parsing a URL,
 * so "/\t/evil.example" would become "//evil.example".
 */
export function safeNextPath(next: unknown, fallback = "/staff"): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback;
  if (/[\x00-\x1f\x7f]/.test(next) || new URL(next, "http://same.site").origin !== "http://same.site") return fallback;
  return next.slice(0, 500);
}
