import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getSessionActor } from "@/lib/auth/session";
import { navItemsFor } from "@/lib/auth/staff-nav";
import { signOutAction } from "@/lib/auth/actions";
import { Link } from "@/lib/i18n/server-link";
import "./staff.css";

// The staff shell. It only draws navigation for the signed-in user; every page under it
// checks sign-in and permission itself (layouts do not re-run on client navigation).
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations();
  const actor = await getSessionActor();
  const items = navItemsFor(actor);
  // the staff forms are client components and read messages of every namespace
  return (
    <NextIntlClientProvider>
      <a className="skip-link" href="#main">
        {t("site.skip")}
      </a>
      <header className="site-header staff-header">
        <div className="wrap header-row">
          <Link href="/staff" className="brand">
            {t("site.short")} · {t("staff.workspace")}
          </Link>
          {actor ? (
            <nav aria-label={t("staff.workspace")} className="site-nav">
              {items.map((i) => (
                <Link key={i.href} href={i.href}>
                  {t(`staff.${i.labelKey}`)}
                </Link>
              ))}
              <Link href="/">{t("staff.publicSite")}</Link>
              <form action={signOutAction} className="inline-form">
                <button type="submit" className="link-button">
                  {t("auth.signOut")} ({actor.username})
                </button>
              </form>
            </nav>
          ) : null}
        </div>
      </header>
      <main id="main" className="wrap">
        {children}
      </main>
    </NextIntlClientProvider>
  );
}
