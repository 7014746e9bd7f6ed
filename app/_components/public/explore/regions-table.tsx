import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { displayUnit, labelStyle, localName, periodText } from "@/lib/public/display";
import type { RegionsIndex, RegionsRow } from "@/lib/public/regions-index";
import { ObservationText } from "./observation-text";

/** The city and its 13 districts with their latest headline figures, each district a link. */
export async function RegionsTable({ index }: { index: RegionsIndex }) {
  const [t, locale] = await Promise.all([getTranslations("explore"), getLocale()]);
  const byId = new Map(index.columns.map((c) => [c.indicator.id, c.indicator]));
  const header = (c: RegionsIndex["columns"][number]) => {
    const growthOf = c.indicator.growthOfId === null ? undefined : byId.get(c.indicator.growthOfId)?.measureType;
    const period = periodText(c.period, locale, labelStyle(c.indicator.measureType, "level", growthOf));
    // the unit and period on a line of their own, smaller: long English names make tall headers on a phone
    return (
      <>
        {localName(c.indicator, locale)}
        <span className="col-sub">{t("colSub", { unit: displayUnit(c.indicator.unit, locale), period })}</span>
      </>
    );
  };
  const row = (r: RegionsRow, link: boolean) => (
    <tr key={r.region.code} data-region={r.region.code}>
      <th scope="row">{link ? <Link href={`/regions/${r.region.code}`}>{localName(r.region, locale)}</Link> : localName(r.region, locale)}</th>
      {index.columns.map((c, i) => (
        <td key={c.indicator.code} className="num" data-code={c.indicator.code}>
          <ObservationText obs={r.cells[i]} ind={c.indicator} />
        </td>
      ))}
    </tr>
  );
  return (
    <section aria-labelledby="regions-table-h">
      <h2 id="regions-table-h">{t("tableHeading")}</h2>
      <div className="table-scroll">
        <table className="data-table" data-testid="regions-table">
          <caption>{t("tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colRegion")}</th>
              {index.columns.map((c) => (
                <th scope="col" className="num" key={c.indicator.code}>
                  <Link href={`/indicators/${c.indicator.code}`}>{header(c)}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {index.city ? row(index.city, false) : null}
            {index.districts.map((r) => row(r, true))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
