import "server-only";
// The returns an uploader has to send: items of the reporting schedule nothing has arrived
// for yet, overdue first, then by due date. An uploader assigned to departments sees theirs;
// one assigned to none reports for the whole bureau and sees all.
import type { Queryable } from "@/lib/db/queryable";
import { findUploaderDepartmentIds } from "@/lib/departments/uploader-departments";
import type { ScheduleItem } from "./build-schedule";
import type { Clock } from "./clock";
import { loadSchedule } from "./load-schedule";

/** Nothing has arrived yet: the states a return is still owed in. */
export const OPEN_STATUSES: ReadonlySet<string> = new Set(["overdue", "dueSoon", "notDue"]);

/** Overdue first, then by due date. */
export const byUrgency = (a: ScheduleItem, b: ScheduleItem) => b.daysOverdue - a.daysOverdue || a.dueDate.localeCompare(b.dueDate) || a.code.localeCompare(b.code);

/** Every schedule item (current and last period, whatever its state) the uploader reports for. */
export async function findMyReturns(q: Queryable, clock: Clock, userId: number | null): Promise<ScheduleItem[]> {
  const [items, mine] = await Promise.all([loadSchedule(q, clock), userId ? findUploaderDepartmentIds(q, userId) : Promise.resolve([] as number[])]);
  return items.filter((i) => !mine.length || (i.department !== null && mine.includes(i.department.id)));
}

export async function findReturnsDue(q: Queryable, clock: Clock, userId: number | null): Promise<ScheduleItem[]> {
  return (await findMyReturns(q, clock, userId))
    .filter((i) => OPEN_STATUSES.has(i.status))
    .sort(byUrgency);
}
