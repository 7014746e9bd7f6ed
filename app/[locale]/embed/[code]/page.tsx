import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChartFigure } from "@/app/_components/charts/chart-figure";
import { DemoBadge } from "@/app/_components/demo-badge";
import { TrendTable } from "@/app/_components/public/indicator/trend-table";
import { growthKind } from "@/lib/public/derived-series";
import { localName, roundingNote } from "@/lib/public/display";
import { CHART_HEIGHTS, pageQuery } from "@/lib/public/download-links";
import { getIndicatorData } from "@/lib/public/indicator-data";
import { loadIndicatorModel } from "@/lib/public/indicator-model";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const data = await getIndicatorData(code);
  // the embed repeats the indicator page: search engines should index that page instead
  return data ? { title: localName(data.indicator, locale), robots: { index: false } } : {};
}

/** A chart and its table for iframes: no site header, same URL parameters as the indicator page. */
export default async function EmbedPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const model = await loadIndicatorModel(code, await searchParams, locale);
  if (!model) notFound();
  const t = await getTranslations("indicator");
  const ind = model.data.indicator;
  const caption = t("trendCaptionShort", { name: model.name, measure: model.measureLabel, unit: ind.unit });
  const page = `${locale === "en" ? "/en" : ""}/indicators/${ind.code}?${pageQuery(model.params)}`;
  return (
    <main className="pub-embed" data-testid="embed">
      <h1>{model.name}</h1>
      {model.trend.isDemo ? <DemoBadge /> : null}
      {model.trend.rows.length ? (
        <>
          <ChartFigure id="trend-chart" height={CHART_HEIGHTS.trend} caption={caption} spec={{ kind: "indicatorTrend", data: model.trend.chart }} />
          <TrendTable model={model} caption={caption} />
          <p className="note">{roundingNote(ind, locale, growthKind(ind.measureType))}</p>
        </>
      ) : (
        <p>{t("noData")}</p>
      )}
      <p className="note">
        {t("embedSource")} ·{" "}
        <a href={page} target="_blank" rel="noopener">
          {t("embedOpen")}
        </a>
      </p>
    </main>
  );
}
