import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/app/_components/language-switch";
import { Link } from "@/lib/i18n/server-link";

// There is no page listing the districts: the nav opens the first one in official order
// (和平区), whose page links to the other twelve. The city (210100) has no district page.
const FIRST_DISTRICT = "210102";
// NBS 大类 01, the first of the four core industries; each industry page links to the others.
const FIRST_CORE_INDUSTRY = "01";

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
            <Link href={`/industries/${FIRST_CORE_INDUSTRY}`}>{t("nav.industries")}</Link>
            <Link href={`/regions/${FIRST_DISTRICT}`}>{t("nav.regions")}</Link>
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
