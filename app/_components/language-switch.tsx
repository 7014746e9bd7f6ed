import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { RETURN_TO_HEADER } from "@/lib/auth/return-to";
import { Link } from "@/lib/i18n/server-link";
import { rawSearch } from "@/lib/public/indicator-params";

/**
 * Links to the same page in the other language, keeping the query (filters, ranges). Drawn on
 * the server from the URL the proxy passes in x-return-to (path without the locale prefix,
 * and query), so the public pages need no translation library in the browser.
 */
export async function LanguageSwitch() {
  const [t, locale, h] = await Promise.all([getTranslations("site"), getLocale(), headers()]);
  const other = locale === "zh" ? "en" : "zh";
  const here = h.get(RETURN_TO_HEADER) ?? "/";
  const at = here.indexOf("?");
  const pathname = at < 0 ? here : here.slice(0, at);
  // Repeated keys (region=a&region=b from the region checkboxes) stay arrays: a plain
  // Object.fromEntries would keep only the last one and drop the other regions.
  const query = at < 0 ? {} : rawSearch(new URLSearchParams(here.slice(at + 1)));
  return (
    <Link href={{ pathname, query }} locale={other} aria-label={t("languageLabel")} hrefLang={other} lang={other === "zh" ? "zh-CN" : "en"}>
      {t("language")}
    </Link>
  );
}
