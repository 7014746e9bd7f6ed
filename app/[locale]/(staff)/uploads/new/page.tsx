import { getTranslations, setRequestLocale } from "next-intl/server";
import { UploadForm } from "@/app/_components/uploads/upload-form";
import { periodName } from "@/app/_components/uploads/named";
import { requirePermission } from "@/lib/auth/require";
import { loadIngestContext } from "@/lib/batches/ingest-context";
import { findTemplateExample } from "@/lib/batches/template-example";
import { pool } from "@/lib/db";
import { mustParsePeriod, periodCode, shiftPeriod } from "@/lib/period";
import { clockAt } from "@/lib/schedule/clock";

export const dynamic = "force-dynamic";

export default async function NewUploadPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("batch:upload", "/uploads/new");
  const t = await getTranslations("uploads");
  const lang = locale === "en" ? "en" : "zh";
  const ctx = await loadIngestContext(pool(), lang);
  const example = await findTemplateExample(pool(), ctx.indicators, clockAt(new Date()), actor.id);
  // the prefilled form suggests the example's indicator and the year up to its period
  const to = example?.period ?? "";
  const from = example ? periodCode(shiftPeriod(mustParsePeriod(example.period), -3)) : "";
  const tpl = (layout: string) => `/api/v1/templates?layout=${layout}&locale=${locale}`;
  return (
    <>
      <h1>{t("newTitle")}</h1>
      <p>{t("intro")}</p>
      <UploadForm locale={locale === "en" ? "en" : "zh"} />
      <section aria-labelledby="tpl">
        <h2 id="tpl">{t("templates")}</h2>
        <p className="note" data-testid="template-note">
          {example
            ? t("templateNoteExample", {
                indicator: lang === "en" ? example.indicator.nameEn : example.indicator.nameZh,
                code: example.indicator.code,
                period: periodName(example.period, locale),
              })
            : t("templateNote")}
        </p>
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
            {t("templateIndicators")} <input name="indicators" placeholder={example ? example.indicator.code : "DE001,DE002"} size={16} />
          </label>
          <label>
            {t("templatePeriods")} <input name="from" placeholder={from || "2025Q1"} size={8} aria-label={t("templatePeriodsFrom")} /> – <input name="to" placeholder={to || "2025Q4"} size={8} aria-label={t("templatePeriodsTo")} />
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
