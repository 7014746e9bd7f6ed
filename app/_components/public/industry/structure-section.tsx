import { getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/app/_components/charts/chart-figure";
import { displayGrowth, displayUnit, displayValue, localName, periodText } from "@/lib/public/display";
import type { IndustryModel } from "@/lib/public/industry-model";

const SHOWN = 12; // three years of quarters

/** Each core category's share of the core industries over time: stacked bars and their table. */
export async function StructureSection({ model }: { model: IndustryModel }) {
  const [t, locale] = await Promise.all([getTranslations("public"), getLocale()]);
  const rows = model.rows.filter((r) => r.shares.some((s) => s !== null)).slice(-SHOWN);
  const me = model.parts[model.index];
  if (!rows.length || !me.indicator) return null;
  const labels = rows.map((r) => periodText(r.period, locale, "ytd"));
  const names = model.parts.map((p) => `${p.category.code} ${localName(p.category, locale)}`);
  const share = (v: string | null) => displayGrowth(v, "percent", me.indicator!, locale);
  const caption = t("structureCaption", { first: labels[0], last: labels.at(-1)! });
  return (
    <section aria-labelledby="structure-h" className="pub-section">
      <h2 id="structure-h">{t("structureHeading")}</h2>
      <ChartFigure
        id="industry-structure-chart"
        caption={caption}
        spec={{
          kind: "shareStack",
          data: {
            title: t("structureChartTitle"),
            periods: labels,
            highlight: model.index,
            parts: model.parts.map((_, i) => ({ name: names[i], values: rows.map((r) => (r.shares[i] === null ? null : Number(r.shares[i]))), displays: rows.map((r) => share(r.shares[i])) })),
          },
        }}
      />
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table" data-testid="industry-structure-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("colPeriod")}</th>
              {names.map((n, i) => (
                <th key={n} scope="col" className={i === model.index ? "num pub-me" : "num"}>
                  {n}
                </th>
              ))}
              <th scope="col" className="num">
                {t("colValue", { name: localName(me.category, locale), unit: displayUnit(me.indicator.unit, locale) })}
              </th>
              <th scope="col" className="num">
                {t("industryGrowth")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, j) => (
              <tr key={r.period} data-period={r.period} data-share={r.shares[model.index] ?? ""}>
                <th scope="row">{labels[j]}</th>
                {r.shares.map((s, i) => (
                  <td key={i} className="num">
                    {share(s)}
                  </td>
                ))}
                <td className="num">{displayValue(r.values[model.index], me.indicator!, locale)}</td>
                <td className="num">{share(model.growth.get(r.period) ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">{t("shareNote")}</p>
    </section>
  );
}
