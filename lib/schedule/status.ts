// The state of one indicator for one period on the reporting schedule. Pure.
// What has arrived wins over the calendar: released > approved > received (staged or
// submitted); only when nothing has arrived does the due date decide between overdue, due
// soon and not yet due.
import { daysBetween } from "@/lib/targets/dates";

export const SCHEDULE_STATUSES = ["released", "approved", "received", "overdue", "dueSoon", "notDue"] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

/** Due today or within this many days counts as "due soon". */
export const DUE_SOON_DAYS = 7;

/** What the batches hold for one indicator and period (any region). */
export type Receipt = {
  released: boolean;
  approved: boolean;
  received: boolean;
  regions: number;
  /** earliest scheduled (not cancelled) release of an approved batch, if any */
  releaseAt?: Date | null;
};

export function scheduleStatus(r: Receipt | undefined, dueDate: string, today: string, dueSoonDays = DUE_SOON_DAYS): ScheduleStatus {
  if (r?.released) return "released";
  if (r?.approved) return "approved";
  if (r?.received) return "received";
  if (dueDate < today) return "overdue"; // the due day itself is still on time
  return daysBetween(today, dueDate) <= dueSoonDays ? "dueSoon" : "notDue";
}

/** Days past the due date (0 unless overdue). */
export function daysOverdue(status: ScheduleStatus, dueDate: string, today: string): number {
  return status === "overdue" ? daysBetween(dueDate, today) : 0;
}
