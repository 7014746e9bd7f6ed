// Article 19's emerging industries, each with the indicators that measure it.
import { getLocale, getTranslations } from "next-intl/server";
import type { EmergingGroup } from "@/lib/dashboard/emerging";
import { colonOf, commaOf, fmtGrowth, fmtValue, nameOf, periodText } from "@/lib/dashboard/format";
import { Link } from "@/lib/i18n/server-link";
import { Unreleased } from "./unreleased";

export async function EmergingPanel({ groups }: { groups: EmergingGroup[] }) {
  const locale = await getLocale();
  const t = await getTranslations("dashboard");
  return (
    <section aria-labelledby="dash-emerging">
      <h2 id="dash-emerging">{t("emergingTitle")}</h2>
      <div className="dash-emerging">
        {groups.map((g) => (
          <section key={g.code} className="dash-emerging-group" data-testid={`emerging-${g.code}`}>
            <h3>{nameOf(g, locale)}</h3>
            {g.items.length === 0 ? <p className="note">{t("noEmergingIndicator")}</p> : null}
            <ul>
              {g.items.map((i) => (
                <li key={i.indicator.code}>
                  <Link href={`/indicators/${i.indicator.code}`}>{nameOf(i.indicator, locale)}</Link>
                  {colonOf(locale)}
                  {i.value === null ? (
                    t("noData")
                  ) : (
                    <>
                      {fmtValue(i.value, i.indicator, locale)} {i.indicator.unit}
                      {i.period ? ` (${periodText(i.period, locale, i.indicator.measureType)})` : ""}
                      {i.growth ? `${commaOf(locale)}${fmtGrowth(i.growth, i.indicator, locale)}` : ""}
                      {i.growth?.source === "computed" && i.growth.unit === "%" ? <span className="dash-computed">{t("computed")}</span> : null}
                      {i.unreleased ? <Unreleased /> : null}
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
