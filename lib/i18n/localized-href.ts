// The URL of a link in a given language, as next-intl's Link builds it (Chinese unprefixed,
// English under /en), with the query written the way next/link writes it.
import { localizedPathname } from "./pathname";

type Query = Record<string, string | number | boolean | readonly (string | number)[] | null | undefined>;
export type Href = string | { pathname: string; query?: Query; hash?: string };

function search(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === null || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The URL next-intl's Link would produce: the path in the page's (or the given) language. */
export function localizedHref(href: Href, current: string, target?: string): string {
  const other = target !== undefined && target !== current;
  const pathname = typeof href === "string" ? href : href.pathname;
  const rest = typeof href === "string" ? "" : `${search(href.query)}${href.hash ? `#${href.hash.replace(/^#/, "")}` : ""}`;
  // other sites and relative paths are left as they are
  if (/^[a-z][a-z0-9+.-]*:/i.test(pathname) || !pathname.startsWith("/")) return `${pathname}${rest}`;
  const localized = localizedPathname({ href: pathname, locale: target ?? current, forcePrefix: other || undefined });
  return `${localized}${rest}`;
}

