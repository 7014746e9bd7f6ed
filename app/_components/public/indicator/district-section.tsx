import { getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/app/_components/charts/chart-figure";
import { localizedPathname } from "@/lib/i18n/pathname";
import { CHART_HEIGHTS, chartSvgUrl } from "@/lib/public/download-links";
import { indicatorQuery } from "@/lib/public/indicator-params";
import type { IndicatorModel } from "@/lib/public/indicator-model";
import { displayUnit, periodText, roundingNote } from "@/lib/public/display";
import { ChartDownloads } from "../chart-downloads";
import { DistrictTable } from "./district-table";

/** The 13 county-level units in one period: ranked bars, tile map, and the table of both. */
export async function DistrictSection({ model }: { model: IndicatorModel }) {
  const [t, locale] = await Promise.all([getTranslations("indicator"), getLocale()]);
  const { data, params, district } = model;
  const ind = data.indicator;
  const keep = indicatorQuery(params);
  const captionArgs = { name: model.name, period: district.periodLabel, unit: displayUnit(ind.unit, locale) };
  return (
    <section aria-labelledby="district-h" className="pub-section">
      <h2 id="district-h">{t("districtHeading")}</h2>
      {district.period === null ? (
        <p>{t("districtNone")}</p>
      ) : (
        <>
          <form method="get" action={localizedPathname({ href: `/indicators/${ind.code}`, locale })} className="inline-group pub-form" data-testid="district-form">
            {Object.entries(keep)
              .filter(([k]) => k !== "period")
              .map(([k, v]) => (
                <input key={k} type="hidden" name={k} value={v} />
              ))}
            <label>
              {t("districtPeriod")}{" "}
              <select name="period" defaultValue={district.period}>
                {district.periods.map((p) => (
                  <option key={p} value={p}>
                    {periodText(p, locale, model.style)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="secondary">
              {t("show")}
            </button>
          </form>
          <div className="pub-two-charts">
            <div>
              <ChartFigure id="ranking-chart" height={CHART_HEIGHTS.ranking} caption={t("rankingCaption", captionArgs)} spec={{ kind: "rankedBar", data: district.ranking }} />
              <ChartDownloads figureId="ranking-chart" svgUrl={chartSvgUrl(ind.code, "ranking", params, locale)} fileName={`${ind.code}-districts`} />
            </div>
            <div>
              <ChartFigure id="tile-map" height={CHART_HEIGHTS.tiles} caption={t("tilesCaption", captionArgs)} spec={{ kind: "tileMap", data: district.tiles }} />
              <ChartDownloads figureId="tile-map" svgUrl={chartSvgUrl(ind.code, "tiles", params, locale)} fileName={`${ind.code}-map`} />
            </div>
          </div>
          <DistrictTable model={model} caption={t("rankingCaption", captionArgs)} />
          <p className="note">{t("rankNote")}</p>
          <p className="note">{roundingNote(ind, locale, null)}</p>
        </>
      )}
    </section>
  );
}
