// 一、总体情况: the headline paragraph, the structure of the four core industries, the trend
// chart and the table of core figures.
import { getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/app/_components/charts/chart-figure";
import type { Bulletin } from "@/lib/bulletin/build-bulletin";
import { unitText } from "@/lib/bulletin/units";
import { ytdByYear } from "@/lib/public/ytd-view";
import { fmtFixed, fmtGrowth, fmtValue, nameOf } from "@/lib/dashboard/format";

export async function BulletinCore({ b }: { b: Bulletin }) {
  const locale = await getLocale();
  const t = await getTranslations("bulletin");
  const c = b.core;
  // year-to-date values, one line a year over the spans (never one sawtooth across years)
  const byYear = ytdByYear(c.trend.periods, c.trend.total.map((v) => (v === null ? null : Number(v))), locale);
  const rows = c.parts.map((p) => ({ ind: p.indicator, value: p.value, share: p.share }));
  return (
    <section className="bulletin-section" aria-labelledby="b-overview">
      <h2 id="b-overview">{t("overview")}</h2>
      <p className="bulletin-lead" data-testid="bulletin-headline">{b.headline}</p>
      {b.structure ? <p className="bulletin-lead">{b.structure}</p> : null}
      <ChartFigure
        id="bulletin-structure"
        height={260}
        caption={t("structureCaption", { period: b.periodLabel, unit: unitText(c.total.unit, locale) })}
        spec={{ kind: "coreStructure", data: { title: t("structureTitle"), unit: unitText(c.total.unit, locale), parts: rows.map((r) => ({ label: nameOf(r.ind, locale), value: r.value === null ? null : Number(r.value), display: fmtValue(r.value, r.ind, locale), share: r.share === null ? null : fmtFixed(r.share, 1, locale) })) } }}
      />
      <ChartFigure
        id="bulletin-trend"
        height={280}
        caption={t("trendCaption", { name: nameOf(c.total, locale), unit: unitText(c.total.unit, locale) })}
        spec={{ kind: "seriesCompare", data: { title: nameOf(c.total, locale), unit: unitText(c.total.unit, locale), periods: byYear.spans, series: byYear.years } }}
      />
      <table className="data-table" data-testid="bulletin-core-table">
        <caption>{t("coreTableCaption", { period: b.periodLabel })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("indicator")}</th>
            <th scope="col" className="num">{t("value")}</th>
            <th scope="col">{t("unit")}</th>
            <th scope="col" className="num">{t("shareOfCore")}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-code={c.total.code} data-value={c.value ?? ""}>
            <th scope="row">{nameOf(c.total, locale)}</th>
            <td className="num">{fmtValue(c.value, c.total, locale)}</td>
            <td>{unitText(c.total.unit, locale)}</td>
            <td className="num">100.0</td>
          </tr>
          {rows.map((r) => (
            <tr key={r.ind.code} data-code={r.ind.code} data-value={r.value ?? ""}>
              <th scope="row">{nameOf(r.ind, locale)}</th>
              <td className="num">{fmtValue(r.value, r.ind, locale)}</td>
              <td>{unitText(r.ind.unit, locale)}</td>
              <td className="num">{fmtFixed(r.share, 1, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.gdpShare ? (
        <p className="note">
          {t("gdpShareNote", { share: fmtFixed(c.gdpShare.value, 1, locale) })}
          {c.gdpShare.change !== null ? ` ${fmtGrowth({ value: c.gdpShare.change, unit: "pp" }, { decimals: 1, unit: "%" }, locale)}` : ""}
          {c.gdpShare.source === "computed" ? t("computedMark") : ""}
        </p>
      ) : null}
    </section>
  );
}
