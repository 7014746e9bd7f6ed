import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/app/_components/public/site/site-footer";
import { SiteHeader } from "@/app/_components/public/site/site-header";
import { Link } from "@/lib/i18n/server-link";

// What notFound() renders for every page under [locale] (an unknown indicator, district,
// industry or bulletin period), in the page's language. It sits outside the (public) layout,
// so it brings the site header and footer itself.
// (notFound() itself adds <meta name="robots" content="noindex">.)

export default async function NotFound() {
  const t = await getTranslations("not-found");
  return (
    <>
      <SiteHeader />
      <main id="main" className="wrap" data-testid="not-found">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <ul>
          <li>
            <Link href="/">{t("home")}</Link>
          </li>
          <li>
            <Link href="/indicators">{t("catalogue")}</Link>
          </li>
        </ul>
      </main>
      <SiteFooter />
    </>
  );
}
