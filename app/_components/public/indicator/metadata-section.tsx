import { getLocale, getTranslations } from "next-intl/server";
import { chineseTextLang, displayUnit, localName } from "@/lib/public/display";
import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";
import type { IndicatorModel } from "@/lib/public/indicator-model";
import { measureKey } from "@/lib/public/indicator-model";
import { cachedDepartments, cachedIndicators } from "@/lib/public/reference-data";
import { MethodologyNotes } from "./methodology-notes";
import { RegulationArticles } from "./regulation-articles";

/** Definition, unit, frequency, source, legal basis with its text, method notes and dates. */
export async function MetadataSection({ model }: { model: IndicatorModel }) {
  const [t, locale, departments, all] = await Promise.all([getTranslations("indicator"), getLocale(), cachedDepartments(), cachedIndicators()]);
  const { indicator: ind, levelIndicator, growthIndicator, notes, lastUpdate, nextRelease } = model.data;
  const department = departments.find((d) => d.code === ind.departmentCode);
  const partOf = all.find((i) => i.id === ind.partOfId);
  const related = [levelIndicator, growthIndicator, partOf].filter((i) => !!i);
  const nextTitle = nextRelease ? (locale === "en" && nextRelease.titleEn ? nextRelease.titleEn : nextRelease.titleZh) : null;
  // The catalogue's definitions and notes have no English version: on an English page, text
  // written in Chinese is marked as such (WCAG 3.1.2); a unit units.ts cannot translate too.
  const chinese = (text: string) => {
    const lang = chineseTextLang(text, locale);
    return lang ? <span lang={lang}>{text}</span> : text;
  };
  const item = (label: string, value: ReactNode, testId?: string) => (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
  return (
    <section aria-labelledby="meta-h" className="pub-section">
      <h2 id="meta-h">{t("metaHeading")}</h2>
      <dl className="facts pub-facts">
        {item(t("code"), ind.code)}
        {item(t("definition"), ind.definition ? chinese(ind.definition) : t("none"))}
        {item(t("unit"), chinese(displayUnit(ind.unit, locale)))}
        {item(t("frequency"), t(`freq_${ind.frequency}`))}
        {item(t("measureType"), t(measureKey(model.data, "level")))}
        {item(t("department"), department ? localName(department, locale) : t("none"))}
        {item(t("lastUpdate"), lastUpdate ? formatDateTime(lastUpdate, locale) : t("none"), "last-update")}
        {item(t("nextRelease"), nextRelease ? `${formatDateTime(nextRelease.releaseAt, locale)} ${nextTitle}` : t("noNextRelease"), "next-release")}
        {related.length
          ? item(
              t("related"),
              related.map((r, i) => (
                <span key={r.code}>
                  {i ? (locale === "en" ? ", " : "，") : ""}
                  <Link href={`/indicators/${r.code}`}>
                    {r.code} {localName(r, locale)}
                  </Link>
                </span>
              )),
            )
          : null}
        {item(t("articles"), <span lang="zh-CN">{ind.articleRef}</span>)}
      </dl>
      <RegulationArticles articles={ind.articles} />
      <h3>{t("methodNotes")}</h3>
      <p lang={ind.methodNotes ? chineseTextLang(ind.methodNotes, locale) : undefined}>{ind.methodNotes ?? t("none")}</p>
      <h3>{t("methodology")}</h3>
      <MethodologyNotes notes={notes} />
    </section>
  );
}
