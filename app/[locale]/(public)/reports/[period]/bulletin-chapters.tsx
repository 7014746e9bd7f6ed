// One section per chapter of the regulation (arts. 8–32): sentences, then the table; a chapter
// with more indicators than the bulletin states points to them in the catalogue.
import { getLocale, getTranslations } from "next-intl/server";
import type { Bulletin } from "@/lib/bulletin/build-bulletin";
import { unitText } from "@/lib/bulletin/units";
import { fmtGrowth, fmtValue, nameOf, periodText } from "@/lib/dashboard/format";
import { Link } from "@/lib/i18n/server-link";
import { numeralZh } from "@/lib/reference/articles";

export async function BulletinChapters({ b, firstNo }: { b: Bulletin; firstNo: number }) {
  const locale = await getLocale();
  const t = await getTranslations("bulletin");
  const sections = b.sections.filter((s) => s.lines.length);
  const zh = (n: number) => (locale === "en" ? String(n) : numeralZh(n));
  return sections.map((s, i) => (
    <section key={s.key} className="bulletin-section" aria-labelledby={`b-${s.key}`} data-testid={`bulletin-chapter-${s.key}`}>
      <h2 id={`b-${s.key}`}>{t("chapterHeading", { n: zh(firstNo + i), name: s.name, from: zh(s.from), to: zh(s.to) })}</h2>
      <p className="bulletin-lead">{s.lines.map((l) => l.sentence).join(locale === "en" ? " " : "")}</p>
      <table className="data-table">
        <caption>{t("chapterTable", { name: s.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("indicator")}</th>
            <th scope="col">{t("period")}</th>
            <th scope="col" className="num">{t("value")}</th>
            <th scope="col">{t("unit")}</th>
            <th scope="col">{t("change")}</th>
          </tr>
        </thead>
        <tbody>
          {s.lines.map((l) => (
            <tr key={l.indicator.code} data-code={l.indicator.code} data-value={l.value ?? ""}>
              <th scope="row">{nameOf(l.indicator, locale)}</th>
              <td>{periodText(l.period, locale, l.indicator.measureType)}</td>
              <td className="num">{fmtValue(l.value, l.indicator, locale)}</td>
              <td>{unitText(l.indicator.unit, locale)}</td>
              <td>
                {l.growth ? fmtGrowth(l.growth, l.indicator, locale) : "—"}
                {l.growth?.source === "computed" && l.growth.unit === "%" ? t("computedMark") : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.more ? (
        <p className="bulletin-more" data-testid={`bulletin-more-${s.key}`}>
          {t.rich("moreInCatalogue", { count: s.more, link: (chunks) => <Link href={{ pathname: "/indicators", query: { chapter: s.key } }}>{chunks}</Link> })}
        </p>
      ) : null}
    </section>
  ));
}
