import { getLocale, getTranslations } from "next-intl/server";
import { ServerMarkup } from "@/app/_components/charts/server-markup";
import { renderChartSvg } from "@/lib/charts/render-svg";
import { putMarkup } from "@/lib/charts/server-markup-store";
import { displayValue, localName, periodText, valueWithUnit } from "@/lib/public/display";
import type { HeadlineTrend } from "@/lib/public/headline-trends";

/**
 * A headline figure's history as a small line (the same span of each recent year, so a
 * year-to-date figure is compared with like), with a text alternative that says the range,
 * the direction and the latest value. A withheld value is a gap in the line and "不公开" in the text.
 */
export async function HeadlineSpark({ trend }: { trend: HeadlineTrend }) {
  const [t, locale] = await Promise.all([getTranslations("explore"), getLocale()]);
  const { indicator: ind, points } = trend;
  if (points.length < 2) return null;
  const style = "ytd" as const;
  const label = (p: string) => periodText(p, locale, style);
  const values = points.map((p) => (p.obs?.value == null ? null : Number(p.obs.value)));
  const known = values.filter((v): v is number => v !== null);
  const direction = known.length < 2 ? "sparkNone" : known.at(-1)! > known[0] ? "sparkUp" : known.at(-1)! < known[0] ? "sparkDown" : "sparkFlat";
  const last = points.at(-1)!.obs;
  const latest = last?.flag === "CONFIDENTIAL" ? t("confidential") : valueWithUnit(displayValue(last?.value ?? null, ind, locale), ind.unit, locale);
  const text = t("sparkLabel", { name: localName(ind, locale), from: label(points[0].period), to: label(points.at(-1)!.period), direction: t(direction), latest });
  const svg = renderChartSvg({ kind: "sparkline", data: { periods: points.map((p) => label(p.period)), values, unit: ind.unit } }, { width: 200, height: 40 });
  return (
    <span className="kpi-spark" data-testid={`spark-${ind.code}`}>
      {/* by key, not in the page data (lib/charts/server-markup-store.ts) */}
      <ServerMarkup as="span" label={text} markupKey={putMarkup(svg)} />
      <span className="kpi-spark-note">
        {t("sparkCaption")} · {label(points[0].period).slice(0, 4)}–{label(points.at(-1)!.period)}
      </span>
    </span>
  );
}
