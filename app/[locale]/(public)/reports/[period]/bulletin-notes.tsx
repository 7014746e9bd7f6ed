// 附注: sources (by supplying department), revisions (修订, with the previous values) and methods.
import { getLocale, getTranslations } from "next-intl/server";
import type { Bulletin, Revision } from "@/lib/bulletin/build-bulletin";
import { unitText } from "@/lib/bulletin/units";
import { fmtValue, nameOf, periodText } from "@/lib/dashboard/format";
import { formatDate } from "@/lib/format-date";
import { DEPARTMENTS } from "@/lib/reference/catalogue-extras";
import { roundingRuleText } from "@/lib/derive/rounding";

/** Old and new value as shown; exact when display rounding would make them look the same. */
function revisedFigures(r: Revision, locale: string): { previous: string; value: string } {
  const previous = fmtValue(r.previous, r.indicator, locale);
  const value = fmtValue(r.value, r.indicator, locale);
  return previous === value ? { previous: r.previous ?? "—", value: r.value ?? "—" } : { previous, value };
}

export async function BulletinNotes({ b }: { b: Bulletin }) {
  const locale = await getLocale();
  const lang = locale === "en" ? "en" : "zh";
  const t = await getTranslations("bulletin");
  const byDept = new Map<string, string[]>();
  for (const i of b.shown) {
    const dept = DEPARTMENTS.find((d) => d.code === i.departmentCode);
    const key = dept ? nameOf(dept, locale) : t("otherSource");
    byDept.set(key, [...(byDept.get(key) ?? []), nameOf(i, locale)]);
  }
  return (
    <section className="bulletin-section bulletin-notes" aria-labelledby="b-notes">
      <h2 id="b-notes">{t("notesTitle")}</h2>
      <h3>{t("sourcesTitle")}</h3>
      <ul>
        {[...byDept].map(([dept, names]) => (
          <li key={dept}>{t("sourceLine", { dept, names: names.join(lang === "en" ? "; " : "、") })}</li>
        ))}
      </ul>
      <h3>{t("revisionsTitle")}</h3>
      {b.revisions.length === 0 ? <p>{t("noRevisions")}</p> : null}
      <ul data-testid="bulletin-revisions">
        {b.revisions.map((r) => (
          <li key={`${r.indicator.code}-${r.period}`}>
            {t("revisionLine", {
              name: nameOf(r.indicator, locale),
              period: periodText(r.period, locale, r.indicator.measureType),
              ...revisedFigures(r, locale),
              unit: unitText(r.indicator.unit, locale),
              date: formatDate(r.releasedAt, locale),
            })}
          </li>
        ))}
      </ul>
      <h3>{t("methodsTitle")}</h3>
      <ol>
        <li>{t("methodRounding", { rule: roundingRuleText(2, lang), growthDecimals: 1 })}</li>
        <li>{t("methodPrices")}</li>
        <li>{t("methodComputed")}</li>
        <li>{t("methodWording")}</li>
        <li>{t("methodYtd")}</li>
      </ol>
    </section>
  );
}
