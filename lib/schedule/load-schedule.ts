// Reads the reporting schedule: indicators in use (retired ones are no longer collected),
// their departments and coverage, and what the batches hold for the periods followed.
// "Released" is the visibility rule of lib/public/visible-observations.ts (approved batch,
// release not cancelled, release time ≤ the clock); "received" is a staged or submitted batch.
import type { Queryable } from "@/lib/db/queryable";
import type { Clock } from "./clock";
import { buildSchedule, receiptKey, schedulePairs, type ScheduleItem, type ScheduleSource } from "./build-schedule";
import type { Receipt } from "./status";

const INDICATORS = `
SELECT i.id, i.code, i.name_zh, i.name_en, i.frequency, i.measure_type, i.due_days,
       d.id AS dep_id, d.code AS dep_code, d.name_zh AS dep_name_zh, d.name_en AS dep_name_en,
       COALESCE(NULLIF((SELECT count(*) FROM indicator_region c WHERE c.indicator_id = i.id), 0),
                (SELECT count(*) FROM region))::int AS regions_expected
FROM indicator i LEFT JOIN department d ON d.id = i.department_id
WHERE i.retired_at IS NULL
ORDER BY d.id NULLS LAST, i.sort_order, i.code`;

const RECEIPTS = `
SELECT o.indicator_id, o.period,
       bool_or(b.status = 'APPROVED' AND r.cancelled_at IS NULL AND r.release_at <= $3) AS released,
       bool_or(b.status = 'APPROVED') AS approved,
       bool_or(b.status IN ('STAGED', 'SUBMITTED')) AS received,
       count(DISTINCT o.region_code)::int AS regions,
       min(r.release_at) FILTER (WHERE b.status = 'APPROVED' AND r.cancelled_at IS NULL) AS release_at
FROM observation o
JOIN batch b ON b.id = o.batch_id
LEFT JOIN release r ON r.id = b.release_id
WHERE b.status IN ('STAGED', 'SUBMITTED', 'APPROVED')
  AND (o.indicator_id, o.period) IN (SELECT * FROM unnest($1::int[], $2::text[]))
GROUP BY o.indicator_id, o.period`;

export async function loadScheduleSources(q: Queryable): Promise<ScheduleSource[]> {
  const { rows } = await q.query(INDICATORS);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    frequency: r.frequency,
    measureType: r.measure_type,
    dueDays: r.due_days,
    department: r.dep_id === null ? null : { id: r.dep_id, code: r.dep_code, nameZh: r.dep_name_zh, nameEn: r.dep_name_en },
    regionsExpected: r.regions_expected,
  }));
}

export async function loadSchedule(q: Queryable, clock: Clock): Promise<ScheduleItem[]> {
  const sources = await loadScheduleSources(q);
  const pairs = schedulePairs(sources, clock.today);
  const { rows } = await q.query(RECEIPTS, [pairs.map((p) => p.indicatorId), pairs.map((p) => p.period), clock.at]);
  const receipts = new Map<string, Receipt>(
    rows.map((r) => [receiptKey(r.indicator_id, r.period), { released: r.released, approved: r.approved, received: r.received, regions: r.regions, releaseAt: r.release_at }]),
  );
  return buildSchedule(sources, receipts, clock.today);
}
