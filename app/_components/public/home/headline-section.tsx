import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { displayGrowth, displayValue, periodText, valueWithUnit } from "@/lib/public/display";
import type { CoreStructure } from "@/lib/public/get-core-structure";
import type { HeadlineTrend } from "@/lib/public/headline-trends";
import { HeadlineSpark } from "./headline-spark";

/** The latest release's headline figures for the core industries: value, growth, share of GDP, each with its recent history. */
export async function HeadlineSection({ core, trends }: { core: CoreStructure; trends?: Map<string, HeadlineTrend> }) {
  const [t, tp, tf, locale] = await Promise.all([getTranslations("home"), getTranslations("public"), getTranslations("flags"), getLocale()]);
  const total = core.total;
  const flag = core.parts.find((p) => p.flag)?.flag;
  const kpi = (label: string, value: string, code: string, testId?: string) => (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>
        <Link href={`/indicators/${code}`}>{value}</Link>
      </dd>
      {trends?.get(code) ? (
        <dd>
          <HeadlineSpark trend={trends.get(code)!} />
        </dd>
      ) : null}
    </div>
  );
  return (
    <section aria-labelledby="core-heading">
      <h1 id="core-heading">
        {t("heading")} <small>{periodText(core.period, locale, "ytd")}</small>
        {flag ? <small className="flag">{tp("preliminary", { flag: tf(flag) })}</small> : null}
      </h1>
      <dl className="kpis">
        {kpi(t("coreValue"), valueWithUnit(displayValue(total.value, total.indicator, locale), total.indicator.unit, locale), total.indicator.code, "kpi-core-value")}
        {core.growth ? kpi(t("growth"), `${displayGrowth(core.growth.value, "percent", core.growth.indicator, locale)}%`, core.growth.indicator.code, "kpi-growth") : null}
        {core.gdpShare ? kpi(t("gdpShare"), `${displayValue(core.gdpShare.value, core.gdpShare.indicator, locale)}%`, core.gdpShare.indicator.code, "kpi-gdp-share") : null}
      </dl>
    </section>
  );
}
