// Where a state-changing request came from (CSRF). Browsers send Origin on every POST, PUT,
// PATCH and DELETE, cross-site or not, so a cookie-carrying change must name this site's own
// origin: scheme, host and port, all three (a page on another port of the same host, or on
// plain http in front of an https site, is another origin). The scheme is the one the request
// arrived by: X-Forwarded-Proto, which scripts/serve.ts keeps only behind our own proxy
// (TRUST_PROXY=1), else http. Pure, so that proxy.ts and route handlers share it.

/** The origin this request was addressed to, e.g. "https://tjj.example.gov.cn". */
export function requestOrigin(h: Headers): string | null {
  const host = h.get("x-forwarded-host")?.split(",")[0].trim() || h.get("host");
  const proto = (h.get("x-forwarded-proto") ?? "http").split(",")[0].trim().toLowerCase();
  if (!host || (proto !== "http" && proto !== "https")) return null;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}

/**
 * True when the request names this site as its Origin; a missing, "null" or foreign one is
 * false. Browsers send the origin serialized (scheme://host[:port], no default port, no path),
 * so anything but that exact text is not a browser's and is refused too.
 */
export function isSameOrigin(h: Headers): boolean {
  const origin = h.get("origin");
  const own = requestOrigin(h);
  return !!origin && own !== null && origin === own;
}

/**
 * For a POST that may come from a script without any Origin (sign-in, token creation: they
 * carry a password, not a cookie): a browser always sends Origin, so one that names another
 * site (or "null") is refused, and so is a browser request that says it is cross-site.
 */
export function isNotCrossSite(h: Headers): boolean {
  if (h.has("origin")) return isSameOrigin(h);
  const site = h.get("sec-fetch-site");
  return !site || site === "same-origin" || site === "none";
}
