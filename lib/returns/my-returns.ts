import "server-only";
// The uploader's own returns of the current and last period with their state in words: the
// reporting schedule (lib/schedule, same department rule as the returns due), the online-return
// drafts, and the latest rejected batch of each return.
import type { Queryable } from "@/lib/db/queryable";
import { receiptKey, type ScheduleItem } from "@/lib/schedule/build-schedule";
import type { Clock } from "@/lib/schedule/clock";
import { findMyReturns } from "@/lib/schedule/returns-due";
import { workStatus, type DraftInfo, type ReceivedInfo, type RejectionInfo, type WorkStatus } from "./work-state";

export type MyReturn = ScheduleItem & { work: WorkStatus };

const DRAFTS = `
SELECT d.indicator_id, d.period, u.display_name AS name, d.updated_at AS at
FROM return_draft d LEFT JOIN "user" u ON u.id = d.updated_by
WHERE (d.indicator_id, d.period) IN (SELECT * FROM unnest($1::int[], $2::text[]))`;

// The latest rejected batch holding figures of the return (a later submission shows as received).
const REJECTIONS = `
SELECT DISTINCT ON (o.indicator_id, o.period) o.indicator_id, o.period, u.display_name AS name,
       b.reviewed_at AS at, b.reject_reason AS reason
FROM observation o JOIN batch b ON b.id = o.batch_id LEFT JOIN "user" u ON u.id = b.reviewer_id
WHERE b.status = 'REJECTED' AND (o.indicator_id, o.period) IN (SELECT * FROM unnest($1::int[], $2::text[]))
ORDER BY o.indicator_id, o.period, b.reviewed_at DESC NULLS LAST, b.id DESC`;

// The newest staged or submitted batch holding figures of the return, a submitted one first:
// a staged batch alone means the reporter has uploaded but not yet submitted.
const RECEIVED = `
SELECT DISTINCT ON (o.indicator_id, o.period) o.indicator_id, o.period, b.id, b.status, u.display_name AS name, b.created_at AS at
FROM observation o JOIN batch b ON b.id = o.batch_id LEFT JOIN "user" u ON u.id = b.uploader_id
WHERE b.status IN ('STAGED', 'SUBMITTED') AND (o.indicator_id, o.period) IN (SELECT * FROM unnest($1::int[], $2::text[]))
ORDER BY o.indicator_id, o.period, (b.status = 'SUBMITTED') DESC, b.created_at DESC, b.id DESC`;

export async function findMyReturnStates(q: Queryable, clock: Clock, userId: number | null): Promise<MyReturn[]> {
  const items = await findMyReturns(q, clock, userId);
  const args = [items.map((i) => i.indicatorId), items.map((i) => i.period)];
  const [drafts, rejections, received] = await Promise.all([q.query(DRAFTS, args), q.query(REJECTIONS, args), q.query(RECEIVED, args)]);
  const draftBy = new Map<string, DraftInfo>(drafts.rows.map((r) => [receiptKey(r.indicator_id, r.period), { by: r.name, at: r.at }]));
  const rejBy = new Map<string, RejectionInfo>(
    rejections.rows.map((r) => [receiptKey(r.indicator_id, r.period), { by: r.name, at: r.at ?? new Date(0), reason: r.reason }]),
  );
  const recBy = new Map<string, ReceivedInfo>(
    received.rows.map((r) => [receiptKey(r.indicator_id, r.period), { batchId: r.id, status: r.status, by: r.name, at: r.at }]),
  );
  return items
    .map((i) => {
      const k = receiptKey(i.indicatorId, i.period);
      return { ...i, work: workStatus(i, draftBy.get(k), rejBy.get(k), recBy.get(k)) };
    })
    .sort((a, b) => b.period.localeCompare(a.period) || a.code.localeCompare(b.code));
}
