// Period, region and ranking indicator as a plain GET form: the filters live in the URL.
import { getLocale, getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboard/assemble";
import { nameOf, periodText } from "@/lib/dashboard/format";

export async function DashboardFilters({ d }: { d: Dashboard }) {
  const locale = await getLocale();
  const t = await getTranslations("dashboard");
  return (
    <form method="get" className="dash-filters inline-group no-print" data-testid="dashboard-filters">
      <label>
        {t("period")}{" "}
        <select name="period" defaultValue={d.period}>
          {d.periods.map((p) => (
            <option key={p} value={p}>
              {periodText(p, locale, "CUMULATIVE")}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("region")}{" "}
        <select name="region" defaultValue={d.region.code}>
          {d.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {nameOf(r, locale)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("rankBy")}{" "}
        <select name="rank" defaultValue={d.districts?.indicator.code}>
          {d.rankOptions.map((i) => (
            <option key={i.code} value={i.code}>
              {i.code} {nameOf(i, locale)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t("apply")}</button>
    </form>
  );
}
