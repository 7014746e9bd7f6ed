import "server-only";
// What the plain templates are prefilled with, so that they teach by example: the uploader's
// most urgent open return (indicator and period) from the reporting schedule, or, with all
// received, the first indicator in use and the period after the one it reported last.
import type { Queryable } from "@/lib/db/queryable";
import type { IngestIndicator } from "@/lib/ingest";
import { mustParsePeriod, periodCode, shiftPeriod } from "@/lib/period";
import type { Clock } from "@/lib/schedule/clock";
import { dueRuleOf, reportingPeriods } from "@/lib/schedule/periods";
import { findReturnsDue } from "@/lib/schedule/returns-due";

export type TemplateExample = { indicator: IngestIndicator; period: string };

export async function findTemplateExample(q: Queryable, indicators: IngestIndicator[], clock: Clock, userId: number | null): Promise<TemplateExample | null> {
  const byCode = new Map(indicators.filter((i) => !i.retired).map((i) => [i.code, i]));
  const due = (await findReturnsDue(q, clock, userId)).find((i) => byCode.has(i.code));
  if (due) return { indicator: byCode.get(due.code)!, period: due.period };
  const first = indicators.find((i) => !i.retired);
  if (!first) return null;
  const rule = dueRuleOf({ frequency: first.frequency, measureType: first.measureType, dueDays: null });
  let next = shiftPeriod(mustParsePeriod(reportingPeriods(rule, clock.today)[0].period), 1);
  if (rule.janFebCombined && next.sub === 1) next = shiftPeriod(next, 1); // 1—2月 is reported as February
  return { indicator: first, period: periodCode(next) };
}
