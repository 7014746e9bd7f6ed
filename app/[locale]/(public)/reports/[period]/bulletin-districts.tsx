// The districts: the core total by county-level unit, ranked, with growth.
import { getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/app/_components/charts/chart-figure";
import type { Bulletin } from "@/lib/bulletin/build-bulletin";
import { unitText } from "@/lib/bulletin/units";
import { fmtFixed, fmtGrowth, fmtValue, nameOf } from "@/lib/dashboard/format";
import { numeralZh } from "@/lib/reference/articles";

export async function BulletinDistricts({ b, no }: { b: Bulletin; no: number }) {
  const locale = await getLocale();
  const t = await getTranslations("bulletin");
  const d = b.districts;
  if (!d || !d.rows.some((r) => r.value !== null)) return null;
  const ind = d.indicator;
  return (
    <section className="bulletin-section" aria-labelledby="b-districts">
      <h2 id="b-districts">{t("districtsHeading", { n: locale === "en" ? String(no) : numeralZh(no) })}</h2>
      <ChartFigure
        id="bulletin-districts"
        height={400}
        caption={t("districtsCaption", { name: nameOf(ind, locale), unit: unitText(ind.unit, locale) })}
        spec={{ kind: "rankedBar", data: { title: nameOf(ind, locale), unit: unitText(ind.unit, locale), bars: d.rows.map((r) => ({ label: nameOf(r.region, locale), value: r.value === null ? null : Number(r.value), display: fmtValue(r.value, ind, locale) })) } }}
      />
      <table className="data-table" data-testid="bulletin-districts-table">
        <thead>
          <tr>
            <th scope="col">{t("rank")}</th>
            <th scope="col">{t("district")}</th>
            <th scope="col" className="num">{t("valueWithUnit", { unit: unitText(ind.unit, locale) })}</th>
            <th scope="col" className="num">{t("shareOfCity")}</th>
            <th scope="col">{t("change")}</th>
          </tr>
        </thead>
        <tbody>
          {d.rows.map((r) => (
            <tr key={r.region.code} data-region={r.region.code}>
              <td>{r.rank ?? "—"}</td>
              <th scope="row">{nameOf(r.region, locale)}</th>
              <td className="num">{fmtValue(r.value, ind, locale)}</td>
              <td className="num">{fmtFixed(r.share, 1, locale)}</td>
              <td>
                {r.growth ? fmtGrowth(r.growth, ind, locale) : "—"}
                {r.growth?.source === "computed" ? t("computedMark") : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
