import { getTranslations, setRequestLocale } from "next-intl/server";
import { Named, periodName } from "@/app/_components/uploads/named";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require";
import { outstandingByDepartment } from "@/lib/reminders/outstanding";
import { pool } from "@/lib/db";
import { summariseByDepartment, type ScheduleItem } from "@/lib/schedule/build-schedule";
import { requestClock } from "@/lib/schedule/clock";
import { loadSchedule } from "@/lib/schedule/load-schedule";
import { DUE_SOON_DAYS } from "@/lib/schedule/status";
import { RemindersSection } from "./reminders-section";
import { DepartmentSummaryTable, IndicatorScheduleTable } from "./schedule-tables";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ now?: string; department?: string }> };

export default async function SchedulePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("schedule:view", "/schedule");
  const t = await getTranslations("schedule");
  const lang = locale === "en" ? "en" : "zh";
  const sp = await searchParams;
  const clock = requestClock(sp.now);
  const all = await loadSchedule(pool(), clock);
  const departments = summariseByDepartment(all);
  const items = sp.department ? all.filter((i) => (i.department?.code ?? "none") === sp.department) : all;
  const overdue = items.filter((i) => i.status === "overdue").sort((a, b) => b.daysOverdue - a.daysOverdue);
  const name = (i: ScheduleItem) => (lang === "zh" ? i.nameZh : i.nameEn);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        {t("intro")} <span data-testid="schedule-today">{t("today", { date: clock.today })}</span>
      </p>
      <p className="note">{t("rules", { days: DUE_SOON_DAYS })}</p>
      <p className="note">{t("holidays")}</p>

      <section aria-labelledby="overdue-h">
        <h2 id="overdue-h">{t("overdueTitle", { n: overdue.length })}</h2>
        {overdue.length === 0 ? (
          <p>{t("noneOverdue")}</p>
        ) : (
          <ul data-testid="overdue-list">
            {overdue.map((i) => (
              <li key={`${i.code}-${i.period}`} data-code={i.code} data-period={i.period}>
                <strong>
                  <Named name={name(i)} code={i.code} />
                </strong>{" "}
                · {periodName(i.period, locale)} ·{" "}
                {t("overdueLine", { due: i.dueDate, days: i.daysOverdue, department: i.department ? (lang === "zh" ? i.department.nameZh : i.department.nameEn) : t("noDepartment") })}
              </li>
            ))}
          </ul>
        )}
      </section>

      {can(actor, "schedule:remind") ? <RemindersSection outstanding={outstandingByDepartment(all)} now={sp.now} /> : null}

      <section aria-labelledby="dep-h">
        <h2 id="dep-h">{t("byDepartment")}</h2>
        <DepartmentSummaryTable summaries={departments} lang={lang} />
      </section>

      <section aria-labelledby="ind-h">
        <h2 id="ind-h">{t("byIndicator")}</h2>
        <form method="get" className="filters inline-group">
          {sp.now ? <input type="hidden" name="now" value={sp.now} /> : null}
          <label htmlFor="dep-filter">{t("filterDepartment")}</label>
          <select id="dep-filter" name="department" defaultValue={sp.department ?? ""}>
            <option value="">{t("allDepartments")}</option>
            {departments.map((d) => (
              <option key={d.department?.code ?? "none"} value={d.department?.code ?? "none"}>
                {d.department ? (lang === "zh" ? d.department.nameZh : d.department.nameEn) : t("noDepartment")}
              </option>
            ))}
          </select>
          <button type="submit">{t("filter")}</button>
        </form>
        <IndicatorScheduleTable items={items} lang={lang} />
      </section>
    </>
  );
}
