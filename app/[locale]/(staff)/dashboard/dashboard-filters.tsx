// Period, region and ranking indicator as a plain GET form: the filters live in the URL.
import { getLocale, getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboard/assemble";
import { nameOf, periodText } from "@/lib/dashboard/format";
import { rankField } from "@/lib/dashboard/page-lists";

export async function DashboardFilters({ d }: { d: Dashboard }) {
  const locale = await getLocale();
  const t = await getTranslations("dashboard");
  const current = d.districts?.indicator.code;
  const rank = rankField(d.rankOptions, current);
  const label = (i: Dashboard["rankOptions"][number]) => `${i.code} ${nameOf(i, locale)}`;
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
      {rank.kind === "menu" ? (
        <label>
          {t("rankBy")}{" "}
          <select name="rank" defaultValue={current}>
            {rank.options.map((i) => (
              <option key={i.code} value={i.code}>
                {label(i)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        // a province's thousands of rankable indicators: a typed code, the first ones suggested
        <label>
          {t("rankBy")}{" "}
          <input name="rank" list="dash-rank-suggestions" defaultValue={current} size={12} aria-describedby="dash-rank-hint" autoComplete="off" />
          <datalist id="dash-rank-suggestions">
            {rank.suggestions.map((i) => (
              <option key={i.code} value={i.code} label={label(i)} />
            ))}
          </datalist>
          <small id="dash-rank-hint" className="note">
            {" "}
            {t("rankTyped", { total: rank.total, shown: rank.suggestions.length })}
          </small>
        </label>
      )}
      <button type="submit">{t("apply")}</button>
    </form>
  );
}
