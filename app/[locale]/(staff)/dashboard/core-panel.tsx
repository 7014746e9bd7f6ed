// Core industries: trend of the total with its target line, the four industries' trends,
// their structure (share of the core total) and the core's share of GDP.
import { getLocale, getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboard/assemble";
import { corePartsSpec, coreStructureSpec, coreTrendSpec } from "@/lib/dashboard/chart-specs";
import { chartTable } from "@/lib/dashboard/chart-tables";
import { fmtFixed, nameOf, periodText } from "@/lib/dashboard/format";
import { pointChangeWording } from "@/lib/derive/wording";
import { DataTable } from "./data-table";
import { ExportChart } from "./export-chart";
import { Unreleased } from "./unreleased";

export async function CorePanel({ d, exportQuery }: { d: Dashboard; exportQuery: string }) {
  const locale = await getLocale();
  const t = await getTranslations("dashboard");
  const c = d.core;
  if (!c) return null;
  const share = c.gdpShare;
  return (
    <section aria-labelledby="dash-core">
      <h2 id="dash-core">{t("coreTitle")}</h2>
      {share ? (
        <p data-testid="core-gdp-share" data-value={share.value}>
          {t("gdpShareText", { period: periodText(c.period, locale, "CUMULATIVE"), share: fmtFixed(share.value, 1, locale) })}
          {share.change !== null ? `，${t("vsLastYear")}${pointChangeWording(share.change, locale === "en" ? "en" : "zh", 1)}` : ""}
          {share.source === "computed" ? <span className="dash-computed">{t("computed")}</span> : null}
          {share.unreleased ? <Unreleased /> : null}
        </p>
      ) : null}
      <ExportChart id="core-trend" spec={coreTrendSpec(d, t, locale)} caption={t("coreTrendCaption", { name: nameOf(c.total, locale), unit: c.total.unit })} exportQuery={exportQuery} height={300} />
      <DataTable table={chartTable(d, "core-trend", t, locale)} />
      <ExportChart id="core-parts" spec={corePartsSpec(d, t, locale)} caption={t("corePartsCaption", { unit: c.total.unit })} exportQuery={exportQuery} height={320} />
      <DataTable table={chartTable(d, "core-parts", t, locale)} />
      <ExportChart id="core-structure" spec={coreStructureSpec(d, t, locale)} caption={t("coreStructureCaption", { unit: c.total.unit })} exportQuery={exportQuery} height={260} />
      <DataTable table={chartTable(d, "core-structure", t, locale)} />
    </section>
  );
}
