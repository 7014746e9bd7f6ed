import { getLocale, getTranslations } from "next-intl/server";
import { displayGrowth, displayValue, periodText, valueWithUnit } from "@/lib/public/display";
import type { IndustryModel } from "@/lib/public/industry-model";

/** The category's latest value added, share of the core industries and computed growth. */
export async function IndustryKpis({ model }: { model: IndustryModel }) {
  const [t, tf, locale] = await Promise.all([getTranslations("public"), getTranslations("flags"), getLocale()]);
  const ind = model.parts[model.index].indicator;
  const last = [...model.rows].reverse().find((r) => r.values[model.index] !== null);
  if (!ind || !last) return <p>{t("noIndustryData")}</p>;
  const flag = last.flags[model.index];
  return (
    <>
      <h2>
        {periodText(last.period, locale, "ytd")}
        {flag ? <small className="flag">{t("preliminary", { flag: tf(flag) })}</small> : null}
      </h2>
      <dl className="kpis" data-testid="industry-kpis">
        <div>
          <dt>{t("industryValue")}</dt>
          <dd data-testid="industry-value" data-value={last.values[model.index] ?? ""}>
            {valueWithUnit(displayValue(last.values[model.index], ind, locale), ind.unit, locale)}
          </dd>
        </div>
        <div>
          <dt>{t("industryShare")}</dt>
          <dd>{displayGrowth(last.shares[model.index], "percent", ind, locale)}%</dd>
        </div>
        <div>
          <dt>{t("industryGrowth")}</dt>
          <dd>{displayGrowth(model.growth.get(last.period) ?? null, "percent", ind, locale)}%</dd>
        </div>
      </dl>
    </>
  );
}
