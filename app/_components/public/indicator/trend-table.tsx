import { getLocale, getTranslations } from "next-intl/server";
import { displayUnit, headingCase } from "@/lib/public/display";
import { growthKind } from "@/lib/public/derived-series";
import type { IndicatorModel } from "@/lib/public/indicator-model";
import { PointNotes } from "../point-notes";

/** The trend chart's table alternative: every value shown, exact value in data-value. */
export async function TrendTable({ model, caption }: { model: IndicatorModel; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("indicator"), getLocale()]);
  const ind = model.data.indicator;
  const kind = growthKind(ind.measureType);
  const several = model.params.regions.length > 1;
  const isStock = ind.measureType === "STOCK";
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table" data-testid="trend-table" data-measure={model.params.measure}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colPeriod")}</th>
            {several ? <th scope="col">{t("colRegion")}</th> : null}
            <th scope="col" className="num">
              {t("colValue", { measure: headingCase(model.measureLabel, locale), unit: displayUnit(ind.unit, locale) })}
            </th>
            {kind !== "none" ? (
              <th scope="col" className="num">
                {t(kind === "points" ? "colGrowthPoints" : "colGrowthPercent")}
              </th>
            ) : null}
            {isStock ? (
              <th scope="col" className="num">
                {t("colChange", { unit: displayUnit(ind.unit, locale) })}
              </th>
            ) : null}
            <th scope="col">{t("colNotes")}</th>
          </tr>
        </thead>
        <tbody>
          {model.trend.rows.map((r) => (
            <tr key={`${r.period}-${r.region}`} data-period={r.period} data-region={r.region} data-value={r.point.value ?? ""} data-growth={r.point.growth?.value ?? ""}>
              <th scope="row">{r.periodLabel}</th>
              {several ? <td>{r.regionName}</td> : null}
              <td className="num" data-cell="value">
                {r.value}
              </td>
              {kind !== "none" ? (
                <td className="num" data-cell="growth">
                  {r.growth}
                </td>
              ) : null}
              {isStock ? <td className="num">{r.change}</td> : null}
              <td>
                <PointNotes point={r.point} ind={ind} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
