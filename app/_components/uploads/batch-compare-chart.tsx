import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ChartFigure } from "@/app/_components/charts/chart-figure";
import { batchSeriesKeys, batchVsPublished } from "@/lib/batches/compare-series";
import { pool } from "@/lib/db";
import { periodName } from "./named";

type Props = { batchId: number; indicator?: string; region?: string; basePath: string };

// Read once per request; a page starts it beside its own reads (preloadCompareChart), not when
// React reaches this section after them.
const seriesChoices = cache((batchId: number) => batchSeriesKeys(pool(), batchId));

/** Starts the chart's lists now; a failure surfaces where BatchCompareChart awaits them. */
export function preloadCompareChart(batchId: number): void {
  seriesChoices(batchId).catch(() => {});
}

/** A chart of the batch against the published series, for an indicator and area picked from lists. */
export async function BatchCompareChart({ batchId, indicator, region, basePath }: Props) {
  const t = await getTranslations("uploads");
  const locale = await getLocale();
  const en = locale === "en";
  const codes = await seriesChoices(batchId);
  if (!codes.length) return null;
  const pick = codes.find((k) => k.code === indicator) ?? codes[0];
  const regions = pick.regions;
  const reg = regions.find((r) => r.code === region) ?? regions.find((r) => r.code.endsWith("00")) ?? regions[0];
  const points = await batchVsPublished(pool(), batchId, pick.indicator_id, reg.code);
  const name = en ? pick.name_en : pick.name_zh;
  const area = en ? reg.en : reg.zh;
  const num = (v: string | null) => (v === null ? null : Number(v));
  return (
    <section aria-labelledby="cmp-h">
      <h2 id="cmp-h">{t("chartTitle")}</h2>
      <form method="get" action={basePath} className="inline-group pick-form" aria-label={t("chartPick")}>
        <label>
          {t("indicator")}{" "}
          <select name="indicator" defaultValue={pick.code}>
            {codes.map((k) => (
              <option key={k.code} value={k.code}>
                {en ? k.name_en : k.name_zh} ({k.code})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("region")}{" "}
          <select name="region" defaultValue={reg.code} data-testid="compare-region">
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {en ? r.en : r.zh}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="secondary">
          {t("show")}
        </button>
      </form>
      <ChartFigure
        id="batch-compare-chart"
        caption={`${name}（${pick.code}）· ${area}`}
        spec={{
          kind: "seriesCompare",
          data: {
            title: `${name} · ${area}`,
            unit: pick.unit,
            periods: points.map((p) => periodName(p.period, locale)),
            series: [
              { name: t("published"), values: points.map((p) => num(p.published)) },
              { name: t("thisBatch"), values: points.map((p) => num(p.batch)), dashed: true },
            ],
          },
        }}
      />
    </section>
  );
}
