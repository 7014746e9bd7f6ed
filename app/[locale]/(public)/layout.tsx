import { getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "@/app/_components/language-switch";

export default async function PublicLayout({ children }: { children: ReactNode }) {
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
            <Link href="/releases">{t("nav.releases")}</Link>
            <Link href="/api-docs">{t("nav.api")}</Link>
            <Link href="/login">{t("nav.staff")}</Link>
            <Suspense fallback={null}>
              <LanguageSwitch />
            </Suspense>
          </nav>
        </div>
      </header>
      <main id="main" className="wrap">
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>{t("site.publisher")}</p>
        </div>
      </footer>
    </>
  );
}
