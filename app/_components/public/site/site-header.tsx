import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { Link } from "@/lib/i18n/server-link";

/** The public pages' header: skip link, site title and the main navigation. */
export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("site.skip")}
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <Link href="/" className="brand">
            {t("site.title")}
          </Link>
          <nav aria-label={t("nav.home")} className="site-nav">
            <Link href="/">{t("nav.home")}</Link>
            <Link href="/indicators">{t("nav.indicators")}</Link>
            <Link href="/industries">{t("nav.industries")}</Link>
            <Link href="/regions">{t("nav.regions")}</Link>
            <Link href="/reports">{t("nav.reports")}</Link>
            <Link href="/releases">{t("nav.releases")}</Link>
            <Link href="/api-docs">{t("nav.api")}</Link>
            <Link href="/login">{t("nav.staff")}</Link>
            <LanguageSwitch />
          </nav>
        </div>
      </header>
    </>
  );
}
