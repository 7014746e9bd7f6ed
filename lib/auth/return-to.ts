import { safeNextPath } from "./safe-next";

/**
 * proxy.ts hands the page's own URL (path and query, without the locale prefix) to the app in
 * this request header, so that sign-in comes back to exactly where the reader was.
 * The proxy drops any value a client sent.
 */
export const RETURN_TO_HEADER = "x-return-to";

const LOCALE_PREFIX = /^\/(?:en|zh)(?=\/|$)/;

/**
 * The return path for a request URL: `pathname` + `search` with the locale prefix removed (the
 * sign-in action adds the locale of the sign-in page, as for the paths pages pass today) and
 * Next's `_rsc` cache-busting parameter dropped. Not checked here: see resolveReturnTo.
 */
export function returnPathOf(pathname: string, search: string): string {
  const path = pathname.replace(LOCALE_PREFIX, "") || "/";
  const query = search.replace(/^\?/, "");
  if (!query) return path;
  const params = new URLSearchParams(query);
  if (!params.has("_rsc")) return `${path}?${query}`;
  params.delete("_rsc");
  const rest = params.toString();
  return rest ? `${path}?${rest}` : path;
}

/** The proxy's return path when present and same-site, else the page's own `fallback`. */
export function resolveReturnTo(fromHeader: string | null | undefined, fallback: string): string {
  const safeFallback = safeNextPath(fallback);
  return fromHeader ? safeNextPath(fromHeader, safeFallback) : safeFallback;
}
