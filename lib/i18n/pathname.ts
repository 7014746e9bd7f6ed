// The path of a page in a language, as next-intl's getPathname writes it for this site's
// routing (lib/i18n/routing.ts: localePrefix "as-needed", no localized pathnames): Chinese
// unprefixed, English under /en; forcePrefix prefixes the default language too (links to the
// other language). Written out here rather than taken from next-intl's createNavigation because
// importing that module into a public page's server graph ships next-intl's client Link and its
// message formatter (≈ 14 KB gzip) to every reader's phone, although no public page uses them.
import { routing } from "./routing";

export function localizedPathname({ href, locale, forcePrefix }: { href: string; locale: string; forcePrefix?: boolean }): string {
  if (locale === routing.defaultLocale && !forcePrefix) return href;
  return href === "/" ? `/${locale}` : `/${locale}${href}`;
}
