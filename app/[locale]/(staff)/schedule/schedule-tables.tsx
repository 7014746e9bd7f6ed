import { getLocale, getTranslations } from "next-intl/server";
import { Named, periodName } from "@/app/_components/uploads/named";
import type { DepartmentSummary, ScheduleItem } from "@/lib/schedule/build-schedule";
import { SCHEDULE_STATUSES } from "@/lib/schedule/status";

/** Counts per department and status, for the current and the previous period. */
export async function DepartmentSummaryTable({ summaries, lang }: { summaries: DepartmentSummary[]; lang: "zh" | "en" }) {
  const t = await getTranslations("schedule");
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table" data-testid="department-summary">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t("department")}
            </th>
            <th scope="colgroup" colSpan={SCHEDULE_STATUSES.length}>
              {t("slot_current")}
            </th>
            <th scope="colgroup" colSpan={SCHEDULE_STATUSES.length}>
              {t("slot_previous")}
            </th>
          </tr>
          <tr>
            {[0, 1].flatMap((k) =>
              SCHEDULE_STATUSES.map((s) => (
                <th key={`${k}-${s}`} scope="col" className="num">
                  {t(`status_${s}`)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {summaries.map((d) => (
            <tr key={d.department?.code ?? "none"} data-department={d.department?.code ?? "none"}>
              <th scope="row">{d.department ? (lang === "zh" ? d.department.nameZh : d.department.nameEn) : t("noDepartment")}</th>
              {(["current", "previous"] as const).flatMap((slot) =>
                SCHEDULE_STATUSES.map((s) => (
                  <td key={`${slot}-${s}`} className="num" data-slot={slot} data-status={s}>
                    {d.counts[slot][s] || ""}
                  </td>
                )),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One row per indicator: its current and previous period with status, due date and coverage. */
export async function IndicatorScheduleTable({ items, lang }: { items: ScheduleItem[]; lang: "zh" | "en" }) {
  const t = await getTranslations("schedule");
  const locale = await getLocale();
  const rows = new Map<number, ScheduleItem[]>();
  for (const i of items) rows.set(i.indicatorId, [...(rows.get(i.indicatorId) ?? []), i]);
  const cell = (i: ScheduleItem | undefined) =>
    i ? (
      <td data-status={i.status} data-period={i.period}>
        <strong>{periodName(i.period, locale)}</strong> {t(`status_${i.status}`)}
        {i.status === "overdue" ? ` (${t("daysLate", { days: i.daysOverdue })})` : ""}
        <div className="note">
          {t("due", { date: i.dueDate })}
          {i.regionsReceived ? ` · ${t("regions", { got: i.regionsReceived, of: i.regionsExpected })}` : ""}
        </div>
      </td>
    ) : (
      <td />
    );
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table" data-testid="indicator-schedule">
        <thead>
          <tr>
            <th scope="col">{t("indicator")}</th>
            <th scope="col">{t("department")}</th>
            <th scope="col">{t("slot_current")}</th>
            <th scope="col">{t("slot_previous")}</th>
          </tr>
        </thead>
        <tbody>
          {[...rows.values()].map(([a, b]) => (
            <tr key={a.indicatorId} data-code={a.code}>
              <th scope="row">
                <Named name={lang === "zh" ? a.nameZh : a.nameEn} code={a.code} />
              </th>
              <td>{a.department ? (lang === "zh" ? a.department.nameZh : a.department.nameEn) : t("noDepartment")}</td>
              {cell(a)}
              {cell(b)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
