import { getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/app/_components/charts/chart-figure";
import { batchSeriesKeys, batchVsPublished } from "@/lib/batches/compare-series";
import { pool } from "@/lib/db";
import { mustParsePeriod, periodLabel } from "@/lib/period";

type Props = { batchId: number; indicator?: string; region?: string; basePath: string };

/** A chart of the batch against the published series, for an indicator and region picked by the user. */
export async function BatchCompareChart({ batchId, indicator, region, basePath }: Props) {
  const t = await getTranslations("uploads");
  const locale = await getLocale();
  const keys = await batchSeriesKeys(pool(), batchId);
  if (!keys.length) return null;
  const codes = [...new Map(keys.map((k) => [k.code, k])).values()];
  const pick = codes.find((k) => k.code === indicator) ?? codes[0];
  const regions = keys.filter((k) => k.code === pick.code).map((k) => k.region_code);
  const reg = regions.includes(region ?? "") ? region! : regions.includes("210100") ? "210100" : regions[0];
  const points = await batchVsPublished(pool(), batchId, pick.indicator_id, reg);
  const name = locale === "en" ? pick.name_en : pick.name_zh;
  const periods = points.map((p) => periodLabel(mustParsePeriod(p.period), locale));
  const num = (v: string | null) => (v === null ? null : Number(v));
  return (
    <section aria-labelledby="cmp-h">
      <h2 id="cmp-h">{t("chartTitle")}</h2>
      <form method="get" action={basePath} className="inline-group" aria-label={t("chartPick")}>
        <label>
          {t("indicator")}{" "}
          <select name="indicator" defaultValue={pick.code}>
            {codes.map((k) => (
              <option key={k.code} value={k.code}>
                {k.code} {locale === "en" ? k.name_en : k.name_zh}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("region")} <input name="region" defaultValue={reg} size={8} list="batch-regions" />
          <datalist id="batch-regions">
            {regions.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
        </label>
        <button type="submit" className="secondary">
          {t("show")}
        </button>
      </form>
      <ChartFigure
        id="batch-compare-chart"
        caption={`${pick.code} ${name} · ${reg}`}
        spec={{
          kind: "seriesCompare",
          data: {
            title: `${name}（${reg}）`,
            unit: pick.unit,
            periods,
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
