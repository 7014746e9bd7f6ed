import { getLocale, getTranslations } from "next-intl/server";
import { Named, periodName } from "@/app/_components/uploads/named";
import { Link } from "@/lib/i18n/server-link";
import type { ScheduleItem } from "@/lib/schedule/build-schedule";

/** Returns of the reporting schedule: indicator, period, due date and how late; optionally a prefilled template. */
export async function ReturnsList({ items, testId, withTemplate = false }: { items: ScheduleItem[]; testId: string; withTemplate?: boolean }) {
  const t = await getTranslations("staff");
  const ts = await getTranslations("schedule");
  const tr = await getTranslations("returns");
  const locale = await getLocale();
  const en = locale === "en";
  return (
    <ul className="work-list" data-testid={testId}>
      {items.map((i) => (
        <li key={`${i.code}-${i.period}`} data-code={i.code} data-period={i.period} data-status={i.status}>
          <span className={`badge badge-${i.status}`}>{ts(`status_${i.status}`)}</span>{" "}
          <Named name={en ? i.nameEn : i.nameZh} code={i.code} /> · {periodName(i.period, locale)}
          <div className="note">
            {i.status === "overdue" ? t("dueLate", { date: i.dueDate, days: i.daysOverdue }) : t("dueBy", { date: i.dueDate })}
            {i.department ? ` · ${en ? i.department.nameEn : i.department.nameZh}` : ""}
            {withTemplate ? (
              <>
                {" · "}
                <Link href={`/returns/${i.period}`} data-testid="open-return">
                  {tr("open")}
                </Link>
                {" · "}
                <a href={`/api/v1/templates?layout=long&locale=${locale}&indicators=${i.code}&from=${i.period}&to=${i.period}`} download>
                  {t("templateFor")}
                </a>
              </>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
