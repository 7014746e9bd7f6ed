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
  // The catalogue's texts in the reader's language; an English page falls back to the Chinese
  // text where an indicator added later has no English yet, marked as Chinese (WCAG 3.1.2).
  const chinese = (text: string) => {
    const lang = chineseTextLang(text, locale);
    return lang ? <span lang={lang}>{text}</span> : text;
  };
  const local = (zh: string | null, en: string | null) => (locale === "en" && en ? en : zh);
  const definition = local(ind.definition, ind.definitionEn);
  const methodNotes = local(ind.methodNotes, ind.methodNotesEn);
  const source = local(ind.sourceNote, ind.sourceNoteEn);
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
        {item(t("definition"), definition ? chinese(definition) : t("none"), "meta-definition")}
        {item(t("unit"), chinese(displayUnit(ind.unit, locale)))}
        {item(t("frequency"), t(`freq_${ind.frequency}`))}
        {item(t("measureType"), t(measureKey(model.data, "level")))}
        {item(t("source"), source ? chinese(source) : department ? localName(department, locale) : t("none"), "meta-source")}
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
      <p lang={methodNotes ? chineseTextLang(methodNotes, locale) : undefined} data-testid="meta-method">{methodNotes ?? t("none")}</p>
      <h3>{t("methodology")}</h3>
      <MethodologyNotes notes={notes} />
    </section>
  );
}
