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
  // The accessible name holds the visible word (WCAG 2.5.3, label in name): "切换到英文：English",
  // the hidden part in the page's language, the visible one in the language it leads to.
  return (
    <a href={href} hrefLang={other}>
      <span className="sr-only">{t("languageLabel")}：</span>
      <span lang={other === "zh" ? "zh-CN" : "en"}>{t("language")}</span>
    </a>
  );
}
