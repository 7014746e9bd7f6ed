// KPI cards: value, growth (published, or 计算值), change since the previous period, a
// sparkline (server SVG, with the target as a dashed line) and the target position.
import { getLocale, getTranslations } from "next-intl/server";
import { renderChartSvg } from "@/lib/charts/render-svg";
import type { Dashboard } from "@/lib/dashboard/assemble";
import { sparklineSpec } from "@/lib/dashboard/chart-specs";
import { colonOf, fmtChange, fmtFixed, fmtGrowth, fmtValue, nameOf, periodText } from "@/lib/dashboard/format";
import { showsComputedGrowth, type KpiCard } from "@/lib/dashboard/kpi-cards";
import { Unreleased } from "./unreleased";

async function Card({ card }: { card: KpiCard }) {
  const locale = await getLocale();
  const t = await getTranslations("dashboard");
  const ind = card.indicator;
  const svg = renderChartSvg(sparklineSpec(card, t, locale), { width: 240, height: 56 });
  const a = card.target?.assessment;
  return (
    <article className="dash-kpi" data-testid={`kpi-${ind.code}`} data-value={card.value ?? ""} data-growth={card.growth?.value ?? ""} data-period={card.period ?? ""}>
      <h3>{nameOf(ind, locale)}</h3>
      <p className="dash-kpi-value">
        <span data-testid="kpi-value">{fmtValue(card.value, ind, locale)}</span> <span className="dash-unit">{ind.unit}</span>
        {card.unreleased ? <Unreleased /> : null}
      </p>
      <p className="dash-kpi-meta">{card.period ? periodText(card.period, locale, ind.measureType) : t("noData")}</p>
      {card.growth ? (
        <p data-testid="kpi-growth">
          {card.growth.unit === "pp" ? t("vsLastYear") : t("yoy")}
          {fmtGrowth(card.growth, ind, locale)}
          {card.growth.source === "computed" && card.growth.unit === "%" ? <span className="dash-computed">{t("computed")}</span> : null}
          {card.growth.unreleased && !card.unreleased ? <Unreleased /> : null}
        </p>
      ) : null}
      {card.change ? (
        <p className="dash-kpi-meta" data-testid="kpi-change">
          {t(`change.${card.change.kind}`)}
          {colonOf(locale)}
          {fmtChange(card.change, ind, locale)}
          {card.change.kind === "points" ? "" : ` ${ind.unit}`}
        </p>
      ) : null}
      <div className="dash-spark" role="img" aria-label={t("sparkLabel", { name: nameOf(ind, locale) })} dangerouslySetInnerHTML={{ __html: svg }} />
      {card.target ? (
        <p className="dash-kpi-target" data-testid="kpi-target" data-status={a?.status ?? "unknown"}>
          {t("targetShort", { year: card.target.target.year, value: fmtValue(card.target.target.value, ind, locale) })}
          {a ? ` · ${t("progressShort", { progress: fmtFixed(a.progress, 1, locale) })} · ${t(`status.${a.status}`)}` : ""}
        </p>
      ) : null}
    </article>
  );
}

export async function KpiGrid({ d }: { d: Dashboard }) {
  const t = await getTranslations("dashboard");
  return (
    <section aria-labelledby="dash-kpis">
      <h2 id="dash-kpis">{t("kpiTitle")}</h2>
      <div className="dash-kpis">
        {d.kpis.map((c) => (
          <Card key={c.indicator.code} card={c} />
        ))}
      </div>
      {showsComputedGrowth(d.kpis) ? (
        <p className="note" data-testid="kpi-computed-note">
          {t("computedGrowthNote")}
        </p>
      ) : null}
    </section>
  );
}
