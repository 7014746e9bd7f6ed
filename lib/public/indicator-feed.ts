import "server-only";
// The Atom feed of one indicator: an entry per release that touched it (newest first), saying
// which periods it published and which city values it revised. Entry ids are stable: they
// name the indicator and the release, not the host or the time of the request.
import { getTranslations } from "next-intl/server";
import { CITY_CODE } from "@/lib/reference/regions";
import { atomXml } from "@/lib/feeds/atom";
import { displayUnit, displayValue, labelStyle, localName, periodText } from "./display";
import { feedItems } from "./feed-entries";
import { getIndicatorData } from "./indicator-data";

const ID_PREFIX = "urn:shenyang-de-monitor:indicator";

export async function indicatorFeedXml(code: string, locale: "zh" | "en", origin: string): Promise<string | null> {
  const data = await getIndicatorData(code);
  if (!data) return null;
  const [t, ts] = await Promise.all([getTranslations({ locale, namespace: "indicator" }), getTranslations({ locale, namespace: "site" })]);
  const ind = data.indicator;
  const page = `${origin}${locale === "en" ? "/en" : ""}/indicators/${ind.code}`;
  const style = labelStyle(ind.measureType, "level", data.levelIndicator?.measureType);
  const items = feedItems(data.released, data.levels, CITY_CODE);
  const entries = items.map(({ release, periods, revisions }) => {
    const title = (locale === "en" && release.titleEn ? release.titleEn : release.titleZh) + (revisions.length ? t("feedRevisedTitle") : "");
    const published = periods.length ? t("feedPublished", { periods: periods.map((p) => periodText(p, locale, style)).join(locale === "en" ? ", " : "、") }) : t("feedNoPeriods");
    const revised = revisions.map((r) =>
      t("feedRevised", { period: periodText(r.period, locale, style), from: displayValue(r.from, ind, locale), to: displayValue(r.to, ind, locale), unit: displayUnit(ind.unit, locale) }),
    );
    return { id: `${ID_PREFIX}:${ind.code}:release:${release.id}`, title, updated: release.releaseAt, link: page, summary: [published, ...revised].join(" ") };
  });
  return atomXml({
    id: `${ID_PREFIX}:${ind.code}`,
    title: t("feedTitle", { code: ind.code, name: localName(ind, locale) }),
    updated: entries[0]?.updated ?? new Date(0), // a feed with no entry yet has never been updated
    self: `${origin}/feeds/indicators/${ind.code}${locale === "en" ? "?lang=en" : ""}`,
    link: page,
    author: ts("publisher"),
    entries,
  });
}
