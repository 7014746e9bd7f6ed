import { getTranslations } from "next-intl/server";

/** The public pages' footer: who publishes the statistics. */
export async function SiteFooter() {
  const t = await getTranslations("site");
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>{t("publisher")}</p>
      </div>
    </footer>
  );
}
