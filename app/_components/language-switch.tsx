"use client";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** Links to the same page in the other language, keeping the query (filters, ranges). */
export function LanguageSwitch() {
  const t = useTranslations("site");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const other = locale === "zh" ? "en" : "zh";
  const query = Object.fromEntries(search.entries());
  return (
    <Link href={{ pathname, query }} locale={other} aria-label={t("languageLabel")} hrefLang={other} lang={other === "zh" ? "zh-CN" : "en"}>
      {t("language")}
    </Link>
  );
}
