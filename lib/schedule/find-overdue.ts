import "server-only";
// Overdue reporting items: what the leadership dashboard shows as "data late" (数据迟报).
import { pool } from "@/lib/db";
import type { Queryable } from "@/lib/db/queryable";
import type { ScheduleItem } from "./build-schedule";
import { clockAt } from "./clock";
import { loadSchedule } from "./load-schedule";

export type OverdueItem = ScheduleItem & { status: "overdue" };

/**
 * Indicators in use whose current or previous period is past its due date with nothing
 * received, most overdue first. `now` is an instant; due dates are Beijing days.
 */
export async function findOverdue(now: Date = new Date(), q: Queryable = pool()): Promise<OverdueItem[]> {
  const items = await loadSchedule(q, clockAt(now));
  return items
    .filter((i): i is OverdueItem => i.status === "overdue")
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.code.localeCompare(b.code));
}
