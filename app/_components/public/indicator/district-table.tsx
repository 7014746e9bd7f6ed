import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { displayUnit, headingCase } from "@/lib/public/display";
import type { IndicatorModel } from "@/lib/public/indicator-model";
import { PointNotes } from "../point-notes";

/** The district charts' table alternative, in rank order; exact values in data-value. */
export async function DistrictTable({ model, caption }: { model: IndicatorModel; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("indicator"), getLocale()]);
  const ind = model.data.indicator;
  const withShare = model.district.rows.some((r) => r.share !== null);
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table" data-testid="district-table" data-period={model.district.period ?? ""}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t("colRank")}
            </th>
            <th scope="col">{t("colDistrict")}</th>
            <th scope="col" className="num">
              {t("colValue", { measure: headingCase(model.measureLabel, locale), unit: displayUnit(ind.unit, locale) })}
            </th>
            {withShare ? (
              <th scope="col" className="num">
                {t("colShare")}
              </th>
            ) : null}
            <th scope="col">{t("colNotes")}</th>
          </tr>
        </thead>
        <tbody>
          {model.district.rows.map((r) => (
            <tr key={r.code} data-region={r.code} data-rank={r.rank ?? ""} data-value={r.value ?? ""} className={r.selected ? "pub-selected" : undefined}>
              <td className="num">{r.rank ?? "—"}</td>
              <th scope="row">
                {/* the district's own page: all its indicators, ranks and shares */}
                <Link href={`/regions/${r.code}`}>{r.name}</Link>
              </th>
              <td className="num" data-cell="value">
                {r.display}
              </td>
              {withShare ? <td className="num">{r.share ?? "—"}</td> : null}
              <td>{r.point ? <PointNotes point={{ ...r.point, growth: null }} ind={ind} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
