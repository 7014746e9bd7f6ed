import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/require";
import { FREQUENCY_LABELS, MEASURE_LABELS } from "@/lib/catalogue/fields";
import { findCatalogueList } from "@/lib/catalogue/find-catalogue";
import { formatDate } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";

export const dynamic = "force-dynamic";

export default async function CataloguePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("catalogue:manage", "/admin/catalogue");
  const t = await getTranslations("catalogue");
  const lang = locale === "en" ? "en" : "zh";
  const items = await findCatalogueList();
  const inUse = items.filter((i) => !i.retired).length;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro", { total: items.length, inUse })}</p>
      <p className="inline-group">
        <Link href="/admin/catalogue/new" className="button">
          {t("newIndicator")}
        </Link>
        <Link href="/admin/catalogue/import" className="button secondary">
          {t("importLink")}
        </Link>
        <a className="button secondary" href="/api/v1/catalogue/export?format=csv" download data-testid="export-csv">
          {t("exportCsv")}
        </a>
        <a className="button secondary" href="/api/v1/catalogue/export?format=xlsx" download>
          {t("exportXlsx")}
        </a>
        <Link href="/admin/departments">{t("departmentsLink")}</Link>
      </p>
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table" data-testid="catalogue-table">
          <caption>{t("tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colCode")}</th>
              <th scope="col">{t("colName")}</th>
              <th scope="col">{t("colUnit")}</th>
              <th scope="col">{t("colFrequency")}</th>
              <th scope="col">{t("colMeasure")}</th>
              <th scope="col">{t("colDepartment")}</th>
              <th scope="col" className="num">
                {t("colDueDays")}
              </th>
              <th scope="col">{t("colState")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.code} data-code={i.code} data-retired={i.retired}>
                <th scope="row">
                  <Link href={`/admin/catalogue/${i.code}`}>{i.code}</Link>
                </th>
                <td>{lang === "zh" ? i.nameZh : i.nameEn}</td>
                <td>{i.unit}</td>
                <td>{FREQUENCY_LABELS[i.frequency][lang]}</td>
                <td>{MEASURE_LABELS[i.measureType][lang]}</td>
                <td>{i.departmentName?.[lang] ?? "—"}</td>
                <td className="num">{i.dueDays ?? "—"}</td>
                <td>
                  {i.retired && i.retiredAt ? t("stateRetired", { date: formatDate(i.retiredAt, locale) }) : i.released ? t("stateReleased") : t("stateNew")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
