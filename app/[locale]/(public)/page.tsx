import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChartFigure } from "@/app/_components/charts/chart-figure";
import { DemoBadge } from "@/app/_components/demo-badge";
import { pool } from "@/lib/db";
import { roundForDisplay } from "@/lib/format-display";
import { mustParsePeriod, periodLabel } from "@/lib/period";
import { publicCached } from "@/lib/public/cache";
import { getCoreStructure } from "@/lib/public/get-core-structure";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const tf = await getTranslations("flags");
  const core = await publicCached("home:core", (epoch) => getCoreStructure(pool(), epoch.at));
  if (!core) {
    return (
      <section>
        <h1>{t("heading")}</h1>
        <p>{t("noData")}</p>
      </section>
    );
  }
  const period = periodLabel(mustParsePeriod(core.period), locale, "ytd");
  const name = (i: { nameZh: string; nameEn: string }) => (locale === "en" ? i.nameEn : i.nameZh);
  const unit = core.total.indicator.unit;
  const rows = core.parts.map((p) => ({
    code: p.categoryCode,
    name: name(p.indicator),
    value: roundForDisplay(p.value, p.indicator.decimals),
    raw: p.value,
    share: roundForDisplay(p.share, 1),
    flag: p.flag,
  }));
  return (
    <>
      {core.isDemo ? <DemoBadge note /> : null}
      <section aria-labelledby="core-heading">
        <h1 id="core-heading">
          {t("heading")} <small>{period}</small>
        </h1>
        <dl className="kpis">
          <div>
            <dt>{t("coreValue")}</dt>
            <dd data-testid="kpi-core-value">
              {roundForDisplay(core.total.value, core.total.indicator.decimals) ?? "—"} {unit}
            </dd>
          </div>
          {core.growth ? (
            <div>
              <dt>{t("growth")}</dt>
              <dd>{roundForDisplay(core.growth.value, core.growth.indicator.decimals) ?? "—"}%</dd>
            </div>
          ) : null}
          {core.gdpShare ? (
            <div>
              <dt>{t("gdpShare")}</dt>
              <dd>{roundForDisplay(core.gdpShare.value, core.gdpShare.indicator.decimals) ?? "—"}%</dd>
            </div>
          ) : null}
        </dl>
        <h2>{t("structure")}</h2>
        <ChartFigure
          id="core-structure-chart"
          caption={t("structureCaption", { period, unit })}
          height={300}
          spec={{
            kind: "coreStructure",
            data: {
              title: `${t("structure")} · ${period}`,
              unit,
              parts: rows.map((r) => ({ label: r.name, value: r.raw === null ? null : Number(r.raw), display: r.value ?? "—", share: r.share })),
            },
          }}
        />
        <table className="data-table" data-testid="core-structure-table">
          <caption>{t("structureCaption", { period, unit })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("category")}</th>
              <th scope="col">{t("industry")}</th>
              <th scope="col" className="num">
                {t("value", { unit })}
              </th>
              <th scope="col" className="num">
                {t("share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-category={r.code} data-value={r.raw ?? ""}>
                <td>{r.code}</td>
                <th scope="row">{r.name}</th>
                <td className="num">
                  {r.value ?? "—"}
                  {r.flag ? <span className="flag"> ({tf(r.flag)})</span> : null}
                </td>
                <td className="num">{r.share ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="note">{t("roundingNote")}</p>
      </section>
    </>
  );
}
