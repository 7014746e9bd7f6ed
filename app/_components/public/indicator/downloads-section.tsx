import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { DataLicenseNote } from "@/app/_components/public/data-license-note";
import { DOWNLOAD_FORMATS, displayedUrl, fullSeriesUrl, sdmxSeriesUrl } from "@/lib/public/download-links";
import type { IndicatorModel } from "@/lib/public/indicator-model";

/** CSV, XLSX and JSON from the open API: the full series, and exactly what the page shows. */
export async function DownloadsSection({ model }: { model: IndicatorModel }) {
  const [t, locale] = await Promise.all([getTranslations("indicator"), getLocale()]);
  const code = model.data.indicator.code;
  const list = (testId: string, url: (f: (typeof DOWNLOAD_FORMATS)[number]) => string) => (
    <ul className="pub-inline-list" data-testid={testId}>
      {DOWNLOAD_FORMATS.map((f) => (
        <li key={f}>
          <a href={url(f)} data-format={f}>
            {f.toUpperCase()}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="downloads-h" className="pub-section">
      <h2 id="downloads-h">{t("downloadsHeading")}</h2>
      <h3>{t("fullSeries")}</h3>
      {list("download-full", (f) => fullSeriesUrl(code, f, locale))}
      <h3>{t("displayed")}</h3>
      {list("download-displayed", (f) => displayedUrl(code, model.params, f, locale))}
      <p data-testid="download-field-formats">
        {t("fieldFormats")}
        <a href={sdmxSeriesUrl(code, "sdmx-csv")}>{t("sdmxCsv")}</a> · <a href={sdmxSeriesUrl(code, "sdmx-ml")}>{t("sdmxMl")}</a> ·{" "}
        <a href={fullSeriesUrl(code, "jsonstat", locale)}>{t("jsonStat")}</a>
      </p>
      <DataLicenseNote />
      <p className="note">
        {t("apiNote")} <Link href="/api-docs">{t("apiDocs")}</Link>
      </p>
    </section>
  );
}
