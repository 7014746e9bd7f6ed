import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { RETURN_TO_HEADER } from "@/lib/auth/return-to";
import { localizedHref } from "@/lib/i18n/localized-href";

/**
 * Links to the same page in the other language, keeping the query (filters, ranges) as it was
 * sent. Drawn on the server from the URL the proxy passes in x-return-to (path without the
 * locale prefix, and query), so the public pages need no translation library in the browser.
 */
export async function LanguageSwitch() {
  const [t, locale, h] = await Promise.all([getTranslations("site"), getLocale(), headers()]);
  const other = locale === "zh" ? "en" : "zh";
  const here = h.get(RETURN_TO_HEADER) ?? "/";
  const at = here.indexOf("?");
  const href = at < 0 ? localizedHref(here, locale, other) : `${localizedHref(here.slice(0, at), locale, other)}${here.slice(at)}`;
  return (
    <a href={href} aria-label={t("languageLabel")} hrefLang={other} lang={other === "zh" ? "zh-CN" : "en"}>
      {t("language")}
    </a>
  );
}
