import { getLocale, getTranslations } from "next-intl/server";
import { periodName } from "@/app/_components/uploads/named";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format-date";
import { latestReminders } from "@/lib/reminders/load-reminders";
import type { Outstanding } from "@/lib/reminders/outstanding";
import { RemindButton } from "./remind-button";

/** 催报: departments with returns not received, their contact, the last reminder, one button each. */
export async function RemindersSection({ outstanding, now }: { outstanding: Outstanding[]; now?: string }) {
  const t = await getTranslations("reminders");
  const locale = await getLocale();
  const en = locale === "en";
  const contacts = new Map((await db().department.findMany({ select: { id: true, contactEmail: true } })).map((d) => [d.id, d.contactEmail]));
  const log = await latestReminders();
  const last = (id: number) => log.find((r) => r.departmentId === id);
  return (
    <section aria-labelledby="remind-h">
      <h2 id="remind-h">{t("title", { n: outstanding.length })}</h2>
      <p className="note">{t("intro")}</p>
      {outstanding.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table" data-testid="reminders">
            <thead>
              <tr>
                <th scope="col">{t("department")}</th>
                <th scope="col">{t("owed")}</th>
                <th scope="col">{t("contact")}</th>
                <th scope="col">{t("last")}</th>
                <th scope="col">{t("action")}</th>
              </tr>
            </thead>
            <tbody>
              {outstanding.map((o) => {
                const name = en ? o.department.nameEn : o.department.nameZh;
                const r = last(o.department.id);
                return (
                  <tr key={o.department.id} data-department={o.department.code}>
                    <th scope="row">{name}</th>
                    <td>
                      <ul>
                        {o.items.map((i) => (
                          <li key={`${i.code}-${i.period}`}>
                            {en ? i.nameEn : i.nameZh} · {periodName(i.period, locale)} ·{" "}
                            {i.status === "overdue" ? t("late", { days: i.daysOverdue }) : t("dueOn", { date: i.dueDate })}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>{contacts.get(o.department.id) ?? <span className="error">{t("noContact")}</span>}</td>
                    <td data-testid="last-reminder">
                      {r ? (
                        <>
                          {t(r.status === "sent" ? "lastSent" : "lastFailed", { when: formatDateTime(r.createdAt, locale), by: r.sentBy ?? "—", to: r.recipient })}
                          {r.error ? <div className="note">{r.error}</div> : null}
                        </>
                      ) : (
                        t("never")
                      )}
                    </td>
                    <td>
                      <RemindButton departmentId={o.department.id} departmentName={name} now={now} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
