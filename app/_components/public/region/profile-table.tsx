import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { groupByChapter } from "@/lib/public/catalogue-filter";
import { displayGrowth, displayValue, localName, valueWithUnit } from "@/lib/public/display";
import type { RegionModel } from "@/lib/public/region-model";
import { chapterName } from "../catalogue/chapter-name";

/** The district's profile, one table per chapter of the regulation; exact values in data-value. */
export async function ProfileTable({ model }: { model: RegionModel }) {
  const [t, tc, tf, locale] = await Promise.all([getTranslations("public"), getTranslations("catalogue-public"), getTranslations("flags"), getLocale()]);
  const groups = groupByChapter(model.rows.map((r) => ({ ...r.indicator, row: r })));
  return (
    <>
      {groups.map((g) => (
        <section key={g.chapter ?? "other"} aria-labelledby={`profile-${g.chapter ?? "other"}`}>
          <h2 id={`profile-${g.chapter ?? "other"}`}>{chapterName(g.chapter, locale, tc)}</h2>
          <div className="table-scroll" tabIndex={0}>
            <table className="data-table" data-testid="region-profile-table">
              <caption>{chapterName(g.chapter, locale, tc)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("colIndicator")}</th>
                  <th scope="col">{t("colPeriodLatest")}</th>
                  <th scope="col" className="num">
                    {t("colValueOnly")}
                  </th>
                  <th scope="col">{t("colRank")}</th>
                  <th scope="col" className="num">
                    {t("colShare")}
                  </th>
                  <th scope="col">{t("colNotes")}</th>
                </tr>
              </thead>
              <tbody>
                {g.indicators.map(({ row: r }) => (
                  <tr key={r.indicator.code} data-code={r.indicator.code} data-value={r.observation?.value ?? ""} data-rank={r.rank ?? ""}>
                    <th scope="row">
                      <Link href={{ pathname: `/indicators/${r.indicator.code}`, query: { region: model.region.code } }}>{localName(r.indicator, locale)}</Link>
                    </th>
                    <td>{r.periodLabel}</td>
                    <td className="num">
                      {valueWithUnit(displayValue(r.observation?.value ?? null, r.indicator, locale), r.indicator.unit, locale)}
                    </td>
                    <td>{r.rank === null ? "—" : t("rankOf", { rank: r.rank, n: r.ranked })}</td>
                    <td className="num">{r.share === null ? "—" : displayGrowth(r.share, "percent", r.indicator, locale)}</td>
                    <td>{r.observation?.flag ? tf(r.observation.flag) : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
