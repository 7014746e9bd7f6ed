// What a department still owes: schedule items with nothing received (overdue, or due within
// the week), grouped by department. These are the returns a reminder (催报) is about. Pure.
import type { ScheduleDepartment, ScheduleItem } from "@/lib/schedule/build-schedule";

export type OutstandingItem = Pick<ScheduleItem, "code" | "nameZh" | "nameEn" | "period" | "dueDate" | "status" | "daysOverdue">;

export type Outstanding = { department: ScheduleDepartment; items: OutstandingItem[] };

const owed = (i: ScheduleItem) => i.status === "overdue" || i.status === "dueSoon";

/** Departments with returns not received, most overdue first; items overdue first, then by due date. */
export function outstandingByDepartment(items: readonly ScheduleItem[]): Outstanding[] {
  const byDep = new Map<number, Outstanding>();
  for (const i of items) {
    if (!owed(i) || !i.department) continue;
    const entry = byDep.get(i.department.id) ?? { department: i.department, items: [] };
    const { code, nameZh, nameEn, period, dueDate, status, daysOverdue } = i;
    entry.items.push({ code, nameZh, nameEn, period, dueDate, status, daysOverdue });
    byDep.set(i.department.id, entry);
  }
  const late = (o: Outstanding) => Math.max(0, ...o.items.map((i) => i.daysOverdue));
  for (const o of byDep.values()) {
    o.items.sort((a, b) => b.daysOverdue - a.daysOverdue || a.dueDate.localeCompare(b.dueDate) || a.code.localeCompare(b.code));
  }
  return [...byDep.values()].sort((a, b) => late(b) - late(a) || a.department.code.localeCompare(b.department.code));
}
