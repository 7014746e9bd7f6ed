import "server-only";
// The returns an uploader has to send: items of the reporting schedule nothing has arrived
// for yet, overdue first, then by due date. An uploader assigned to departments sees theirs;
// one assigned to none reports for the whole bureau and sees all.
import type { Queryable } from "@/lib/db/queryable";
import { findUploaderDepartmentIds } from "@/lib/departments/uploader-departments";
import type { ScheduleItem } from "./build-schedule";
import type { Clock } from "./clock";
import { loadSchedule } from "./load-schedule";

const OPEN = new Set(["overdue", "dueSoon", "notDue"]);

export async function findReturnsDue(q: Queryable, clock: Clock, userId: number | null): Promise<ScheduleItem[]> {
  const [items, mine] = await Promise.all([loadSchedule(q, clock), userId ? findUploaderDepartmentIds(q, userId) : Promise.resolve([] as number[])]);
  return items
    .filter((i) => OPEN.has(i.status) && (!mine.length || (i.department !== null && mine.includes(i.department.id))))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.dueDate.localeCompare(b.dueDate) || a.code.localeCompare(b.code));
}
