/** Only same-site paths may be returned to after sign-in ("/x", never "//evil" or "http:"). */
export function safeNextPath(next: unknown, fallback = "/staff"): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback;
  return next.slice(0, 500);
}
