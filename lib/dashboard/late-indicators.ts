// "Data late" on the dashboard is the reporting schedule's overdue list (lib/schedule
// findOverdue): one rule for the schedule page and the dashboard.
export type LateIndicator = {
  indicatorId: number;
  code: string;
  expectedPeriod: string;
  latestPeriod: string | null;
  daysOverdue: number;
};
