import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";
import type { CatalogueModel } from "@/lib/public/catalogue-model";
import { displayUnit, labelStyle, localName, periodText } from "@/lib/public/display";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { chapterName } from "./chapter-name";

/**
 * The matching indicators: one table per chapter when browsing everything, else one list; then
 * the matching retired indicators with released data, marked 已停用 with their retirement date.
 */
export async function CatalogueResults({ model }: { model: CatalogueModel }) {
  const [t, ti, locale] = await Promise.all([getTranslations("catalogue-public"), getTranslations("indicator"), getLocale()]);
  if (!model.results.length && !model.retired.length) return <p data-testid="catalogue-empty">{t("noResults")}</p>;
  const table = (rows: PublicIndicator[], caption: string, retired = false) => (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table" data-testid={retired ? "catalogue-retired-table" : "catalogue-table"}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colCode")}</th>
            <th scope="col">{t("colName")}</th>
            <th scope="col">{t("colUnit")}</th>
            <th scope="col">{t("colFrequency")}</th>
            <th scope="col">{t("colLatest")}</th>
            {retired ? <th scope="col">{t("colRetired")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => {
            const latest = model.latestPeriod.get(i.id);
            return (
              <tr key={i.code} data-code={i.code} data-retired={retired ? "true" : undefined}>
                <td>{i.code}</td>
                <th scope="row">
                  <Link href={`/indicators/${i.code}`}>{localName(i, locale)}</Link>
                  {retired ? <span className="flag"> {t("retiredMark")}</span> : null}
                </th>
                <td>{displayUnit(i.unit, locale)}</td>
                <td>{ti(`freq_${i.frequency}`)}</td>
                <td>{latest ? periodText(latest, locale, labelStyle(i.measureType, "level", model.growthOfType.get(i.id))) : t("noneYet")}</td>
                {retired ? <td>{i.retiredAt ? formatDate(i.retiredAt, locale) : "—"}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
  const retiredSection = model.retired.length ? (
    <section aria-labelledby="retired-h" data-testid="catalogue-retired">
      <h2 id="retired-h">
        {t("retiredHeading")}
        {t("count", { n: model.retired.length })}
      </h2>
      <p className="note">{t("retiredIntro")}</p>
      {table(model.retired, t("retiredHeading"), true)}
    </section>
  ) : null;
  if (model.filtered) {
    return (
      <>
        <section aria-labelledby="results-h">
          <h2 id="results-h" data-testid="catalogue-count">
            {t("results", { n: model.total })}
          </h2>
          {model.results.length ? table(model.results, t("results", { n: model.total })) : <p>{t("noActiveResults")}</p>}
        </section>
        {retiredSection}
      </>
    );
  }
  return (
    <>
      {model.groups.map((g) => (
        <section key={g.chapter ?? "other"} aria-labelledby={`group-${g.chapter ?? "other"}`}>
          <h2 id={`group-${g.chapter ?? "other"}`}>{chapterName(g.chapter, locale, t)}</h2>
          {table(g.indicators, chapterName(g.chapter, locale, t))}
        </section>
      ))}
      {retiredSection}
    </>
  );
}
