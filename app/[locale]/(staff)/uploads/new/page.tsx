import { getTranslations, setRequestLocale } from "next-intl/server";
import { UploadForm } from "@/app/_components/uploads/upload-form";
import { requirePermission } from "@/lib/auth/require";

export const dynamic = "force-dynamic";

export default async function NewUploadPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("batch:upload", "/uploads/new");
  const t = await getTranslations("uploads");
  const tpl = (layout: string) => `/api/v1/templates?layout=${layout}&locale=${locale}`;
  return (
    <>
      <h1>{t("newTitle")}</h1>
      <p>{t("intro")}</p>
      <UploadForm locale={locale === "en" ? "en" : "zh"} />
      <section aria-labelledby="tpl">
        <h2 id="tpl">{t("templates")}</h2>
        <p className="note">{t("templateNote")}</p>
        <ul>
          <li>
            <a href={tpl("long")} download>
              {t("templateLong")}
            </a>
          </li>
          <li>
            <a href={tpl("wide")} download>
              {t("templateWide")}
            </a>
          </li>
        </ul>
        <form method="get" action="/api/v1/templates" className="inline-group" data-testid="template-form">
          <input type="hidden" name="locale" value={locale} />
          <label>
            {t("templateIndicators")} <input name="indicators" placeholder="DE001,DE002" size={24} />
          </label>
          <label>
            {t("templatePeriods")} <input name="from" placeholder="2025Q1" size={8} /> – <input name="to" placeholder="2025Q4" size={8} aria-label={t("templatePeriodsTo")} />
          </label>
          <label>
            {t("layout")}{" "}
            <select name="layout" defaultValue="long">
              <option value="long">{t("templateLong")}</option>
              <option value="wide">{t("templateWide")}</option>
            </select>
          </label>
          <button type="submit" className="secondary">
            {t("templateDownload")}
          </button>
        </form>
      </section>
    </>
  );
}
