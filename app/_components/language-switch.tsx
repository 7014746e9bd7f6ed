"use client";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { rawSearch } from "@/lib/public/indicator-params";

/** Links to the same page in the other language, keeping the query (filters, ranges). */
export function LanguageSwitch() {
  const t = useTranslations("site");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const other = locale === "zh" ? "en" : "zh";
  // Repeated keys (region=a&region=b from the region checkboxes) stay arrays: a plain
  // Object.fromEntries would keep only the last one and drop the other regions.
  const query = rawSearch(new URLSearchParams(search.toString()));
  return (
    <Link href={{ pathname, query }} locale={other} aria-label={t("languageLabel")} hrefLang={other} lang={other === "zh" ? "zh-CN" : "en"}>
      {t("language")}
    </Link>
  );
}
