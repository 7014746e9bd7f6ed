import { getLocale, getTranslations } from "next-intl/server";
import { DemoBadge } from "@/app/_components/demo-badge";
import { Link } from "@/lib/i18n/server-link";
import { displayValue, labelStyle, localName, periodText, valueWithUnit } from "@/lib/public/display";
import type { EmergingPanel as Panel } from "@/lib/public/home-model";

/** Article 19's nine emerging industries, each with its monitored indicators (or none yet). */
export async function EmergingPanel({ panel }: { panel: Panel }) {
  const [t, tf, locale] = await Promise.all([getTranslations("public"), getTranslations("flags"), getLocale()]);
  // Chinese writes "583.2亿元" through the message; English needs units.ts's "583.2 (100 million yuan)".
  const shownValue = (v: string, unit: string) => (locale === "en" ? valueWithUnit(v, unit, locale) : v);
  const demo = panel.some((p) => p.items.some((i) => i.city?.isDemo));
  return (
    <section aria-labelledby="emerging-heading" data-testid="emerging-panel">
      <h2 id="emerging-heading">{t("emergingHeading")}</h2>
      {demo ? <DemoBadge /> : null}
      <p>{t("emergingIntro")}</p>
      <ul className="pub-cards">
        {panel.map(({ tag, items, more }) => (
          <li key={tag.code} data-emerging={tag.code}>
            <h3>{localName(tag, locale)}</h3>
            {items.length === 0 ? <p className="note">{t("emergingNoIndicator")}</p> : null}
            {items.map(({ indicator: ind, period, city }) => (
              <p key={ind.code}>
                <Link href={`/indicators/${ind.code}`}>{localName(ind, locale)}</Link>
                <br />
                <span className="note">
                  {period && city
                    ? t("emergingValue", { period: periodText(period, locale, labelStyle(ind.measureType, "level")), value: shownValue(displayValue(city.value, ind, locale), ind.unit), unit: ind.unit })
                    : t("emergingNoData")}
                  {city?.flag ? ` (${tf(city.flag)})` : ""}
                </span>
              </p>
            ))}
            {more > 0 ? (
              <p>
                <Link href={`/indicators?emerging=${tag.code}`} data-testid="emerging-more">
                  {t("emergingMore", { n: more })}
                </Link>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
