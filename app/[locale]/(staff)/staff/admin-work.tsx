import { getLocale, getTranslations } from "next-intl/server";
import { periodName } from "@/app/_components/uploads/named";
import { formatDateTime } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";
import { findUpcomingWithBatches } from "@/lib/releases/upcoming-releases";
import { findOverdue } from "@/lib/schedule/find-overdue";
import { ReturnsList } from "./returns-list";

const SHOWN = 8;

/** The administrator's overview: returns overdue across departments, and the next releases. */
export async function AdminWork() {
  const t = await getTranslations("staff");
  const locale = await getLocale();
  const [overdue, upcoming] = await Promise.all([findOverdue(), findUpcomingWithBatches()]);
  return (
    <>
      <section className="work" aria-labelledby="work-overdue">
        <h2 id="work-overdue">{t("overdueTitle", { n: overdue.length })}</h2>
        {overdue.length === 0 ? <p>{t("overdueNone")}</p> : <ReturnsList items={overdue.slice(0, SHOWN)} testId="home-overdue" />}
        <p>
          <Link href="/schedule">{t("openSchedule")}</Link>
        </p>
      </section>
      <section className="work" aria-labelledby="work-releases">
        <h2 id="work-releases">{t("upcomingTitle")}</h2>
        {upcoming.length === 0 ? (
          <p>{t("upcomingNone")}</p>
        ) : (
          <ul className="work-list" data-testid="home-upcoming-releases">
            {upcoming.map((r) => (
              <li key={r.id} data-release-id={r.id}>
                <strong>{formatDateTime(r.releaseAt, locale)}</strong> {locale === "en" && r.titleEn ? r.titleEn : r.titleZh}
                <div className="note">
                  {r.period ? `${periodName(r.period, locale)} · ` : ""}
                  {r.batchIds.length ? t("releaseBatches", { n: r.batchIds.length }) : t("releaseEmpty")}
                </div>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/admin/releases">{t("openReleases")}</Link>
        </p>
      </section>
    </>
  );
}
