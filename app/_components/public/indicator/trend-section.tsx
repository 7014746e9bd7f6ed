import { getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/app/_components/charts/chart-figure";
import { growthKind } from "@/lib/public/derived-series";
import { displayUnit, roundingNote } from "@/lib/public/display";
import { CHART_HEIGHTS, chartSvgUrl } from "@/lib/public/download-links";
import { hasInPeriod } from "@/lib/public/indicator-params";
import type { IndicatorModel } from "@/lib/public/indicator-model";
import { ChartDownloads } from "../chart-downloads";
import { MeasureSwitch } from "./measure-switch";
import { SeriesForm } from "./series-form";
import { TrendTable } from "./trend-table";

/** Level and growth over time for the chosen regions: switch, form, chart, table. */
export async function TrendSection({ model }: { model: IndicatorModel }) {
  const [t, locale] = await Promise.all([getTranslations("indicator"), getLocale()]);
  const { data, params, trend } = model;
  const ind = data.indicator;
  const labels = trend.chart.periods;
  const unit = displayUnit(ind.unit, locale);
  const captionKey = trend.chart.growth ? "trendCaption" : "trendCaptionNoGrowth";
  const caption = labels.length
    ? t(captionKey, { name: model.name, measure: model.measureLabel, unit, first: labels[0], last: labels.at(-1)! })
    : t("trendCaptionShort", { name: model.name, measure: model.measureLabel, unit });
  return (
    <section aria-labelledby="trend-h" className="pub-section">
      <h2 id="trend-h">{t("trendHeading")}</h2>
      {hasInPeriod(ind.measureType) ? <MeasureSwitch code={ind.code} params={params} frequency={ind.frequency} /> : null}
      {trend.rows.length === 0 ? <p>{t("noData")}</p> : null}
      {trend.rows.length && trend.sameSpan ? (
        <p className="note" data-testid="same-span-note">
          {t("sameSpanNote", { span: trend.sameSpan })}
        </p>
      ) : null}
      {trend.rows.length ? (
        <>
          <ChartFigure id="trend-chart" height={CHART_HEIGHTS.trend} caption={caption} spec={{ kind: "indicatorTrend", data: trend.chart }} />
          <ChartDownloads figureId="trend-chart" svgUrl={chartSvgUrl(ind.code, "trend", params, locale)} fileName={`${ind.code}-trend`} />
        </>
      ) : null}
      {/* the chart first: on a phone the form would push it a screen down, so it folds away */}
      <details className="pub-fold" data-testid="series-form-fold">
        <summary>{t("formLabel")}</summary>
        <SeriesForm code={ind.code} params={params} regions={model.regions} periods={model.periods} frequency={ind.frequency} />
      </details>
      {trend.rows.length === 0 ? null : (
        <>
          <TrendTable model={model} caption={caption} />
          <p className="note">{roundingNote(ind, locale, growthKind(ind.measureType))}</p>
          {params.measure === "in-period" ? <p className="note">{t("inPeriodNote")}</p> : null}
        </>
      )}
    </section>
  );
}
