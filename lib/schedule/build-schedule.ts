// Assembles the reporting schedule from indicators and what their batches hold: one item per
// indicator and period (current and previous), and the per-department summary. Pure.
import type { MeasureTypeKey } from "@/lib/reference/catalogue-rules";
import type { Frequency } from "@/lib/period";
import { dueRuleOf, reportingPeriods } from "./periods";
import { daysOverdue, scheduleStatus, SCHEDULE_STATUSES, type Receipt, type ScheduleStatus } from "./status";

export type ScheduleDepartment = { id: number; code: string; nameZh: string; nameEn: string };

export type ScheduleSource = {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  frequency: Frequency;
  measureType: MeasureTypeKey;
  dueDays: number | null;
  department: ScheduleDepartment | null;
  /** regions the indicator is reported for (its coverage, or all) */
  regionsExpected: number;
};

export type ScheduleSlot = "current" | "previous";

export type ScheduleItem = {
  indicatorId: number;
  code: string;
  nameZh: string;
  nameEn: string;
  frequency: Frequency;
  department: ScheduleDepartment | null;
  slot: ScheduleSlot;
  period: string;
  dueDate: string;
  status: ScheduleStatus;
  daysOverdue: number;
  regionsReceived: number;
  regionsExpected: number;
  /** when the approved figures are (or were) released, if a release is scheduled */
  releaseAt: Date | null;
};

export const receiptKey = (indicatorId: number, period: string) => `${indicatorId}|${period}`;

/** The (indicator, period) pairs whose receipts the schedule needs. */
export function schedulePairs(sources: ScheduleSource[], today: string): { indicatorId: number; period: string }[] {
  return sources.flatMap((s) => reportingPeriods(dueRuleOf(s), today).map((p) => ({ indicatorId: s.id, period: p.period })));
}

export function buildSchedule(sources: ScheduleSource[], receipts: ReadonlyMap<string, Receipt>, today: string): ScheduleItem[] {
  return sources.flatMap((s) =>
    reportingPeriods(dueRuleOf(s), today).map((p, i) => {
      const r = receipts.get(receiptKey(s.id, p.period));
      const status = scheduleStatus(r, p.dueDate, today);
      return {
        indicatorId: s.id,
        code: s.code,
        nameZh: s.nameZh,
        nameEn: s.nameEn,
        frequency: s.frequency,
        department: s.department,
        slot: i === 0 ? "current" : "previous",
        period: p.period,
        dueDate: p.dueDate,
        status,
        daysOverdue: daysOverdue(status, p.dueDate, today),
        regionsReceived: r?.regions ?? 0,
        regionsExpected: s.regionsExpected,
        releaseAt: r?.releaseAt ?? null,
      } satisfies ScheduleItem;
    }),
  );
}

export type DepartmentSummary = {
  department: ScheduleDepartment | null;
  counts: Record<ScheduleSlot, Record<ScheduleStatus, number>>;
};

const zero = () => Object.fromEntries(SCHEDULE_STATUSES.map((s) => [s, 0])) as Record<ScheduleStatus, number>;

/** Counts by department (indicators without one last), in the order departments first appear. */
export function summariseByDepartment(items: ScheduleItem[]): DepartmentSummary[] {
  const by = new Map<number | null, DepartmentSummary>();
  for (const it of items) {
    const key = it.department?.id ?? null;
    let s = by.get(key);
    if (!s) by.set(key, (s = { department: it.department, counts: { current: zero(), previous: zero() } }));
    s.counts[it.slot][it.status]++;
  }
  return [...by.values()].sort((a, b) => (a.department ? (b.department ? a.department.id - b.department.id : -1) : 1));
}
