// Chapter view: the regulation's chapters (arts. 8–32), each indicator with its status; a long
// chapter lists those that need attention first, with a count of every status and a link to
// the chapter's whole list in the catalogue.
import { getLocale, getTranslations } from "next-intl/server";
import type { ChapterGroup, ChapterStatus } from "@/lib/dashboard/chapters";
import { nameOf, periodText } from "@/lib/dashboard/format";
import { Link } from "@/lib/i18n/server-link";
import { numeralZh } from "@/lib/reference/articles";

const STATUSES: ChapterStatus[] = ["late", "worsening", "stable", "improving", "unknown", "no-data"];

export async function ChapterPanel({ chapters }: { chapters: ChapterGroup[] }) {
  const locale = await getLocale();
  const t = await getTranslations("dashboard");
  const zh = (n: number) => (locale === "en" ? String(n) : numeralZh(n));
  return (
    <section aria-labelledby="dash-chapters">
      <h2 id="dash-chapters">{t("chaptersTitle")}</h2>
      <div className="dash-chapters">
        {chapters.map((c) => (
          <section key={c.key} className="dash-chapter" data-testid={`chapter-${c.key}`}>
            <h3>{t("chapterHeading", { no: zh(c.no), name: locale === "en" ? c.en : c.zh, from: zh(c.from), to: zh(c.to) })}</h3>
            <ul>
              {c.items.map((i) => (
                <li key={i.indicator.code} data-indicator={i.indicator.code} data-status={i.status}>
                  <span className={`dash-status dash-status-${i.status}`}>{t(`chapterStatus.${i.status}`)}</span>{" "}
                  <Link href={`/indicators/${i.indicator.code}`}>{nameOf(i.indicator, locale)}</Link>
                  {i.latestPeriod ? <span className="note"> {periodText(i.latestPeriod, locale, i.indicator.measureType)}</span> : null}
                  {i.status === "late" && i.trend ? <span className="note"> · {t(`chapterStatus.${i.trend}`)}</span> : null}
                </li>
              ))}
            </ul>
            {c.total > c.items.length ? (
              <p className="note" data-testid={`chapter-more-${c.key}`}>
                {t("chapterMore", { shown: c.items.length, total: c.total })}{" "}
                {STATUSES.filter((st) => c.counts[st]).map((st) => `${t(`chapterStatus.${st}`)} ${c.counts[st]}`).join(locale === "en" ? ", " : "，")}
                {locale === "en" ? ". " : "。"}
                <Link href={{ pathname: "/indicators", query: { chapter: c.key } }}>{t("chapterAll")}</Link>
              </p>
            ) : null}
          </section>
        ))}
      </div>
    </section>
  );
}
