import { getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/app/_components/charts/chart-figure";
import { Link } from "@/lib/i18n/server-link";
import { displayGrowth, displayUnit, displayValue, localName, periodText, roundingNote } from "@/lib/public/display";
import type { CoreStructure } from "@/lib/public/get-core-structure";

/** The four core industries (NBS 01–04) of the latest period: bar chart and its table. */
export async function CoreStructureSection({ core }: { core: CoreStructure }) {
  const [t, tf, locale] = await Promise.all([getTranslations("home"), getTranslations("flags"), getLocale()]);
  const period = periodText(core.period, locale, "ytd");
  const unit = displayUnit(core.total.indicator.unit, locale);
  const rows = core.parts.map((p) => ({
    code: p.categoryCode,
    name: localName(p.indicator, locale),
    raw: p.value,
    value: displayValue(p.value, p.indicator, locale),
    share: p.share === null ? null : displayGrowth(p.share, "percent", p.indicator, locale),
    flag: p.flag,
  }));
  const caption = t("structureCaption", { period, unit });
  return (
    <section aria-labelledby="structure-heading">
      <h2 id="structure-heading">{t("structure")}</h2>
      <ChartFigure
        id="core-structure-chart"
        caption={caption}
        height={300}
        spec={{
          kind: "coreStructure",
          data: { title: `${t("structure")} · ${period}`, unit: core.total.indicator.unit, locale, parts: rows.map((r) => ({ label: r.name, value: r.raw === null ? null : Number(r.raw), display: r.value, share: r.share })) },
        }}
      />
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table" data-testid="core-structure-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("category")}</th>
              <th scope="col">{t("industry")}</th>
              <th scope="col" className="num">
                {t("value", { unit })}
              </th>
              <th scope="col" className="num">
                {t("share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-category={r.code} data-value={r.raw ?? ""}>
                <td>{r.code}</td>
                <th scope="row">
                  <Link href={`/industries/${r.code}`}>{r.name}</Link>
                </th>
                <td className="num">
                  {r.value}
                  {r.flag ? <span className="flag"> ({tf(r.flag)})</span> : null}
                </td>
                <td className="num">{r.share ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">{roundingNote(core.total.indicator, locale, null)}</p>
    </section>
  );
}
