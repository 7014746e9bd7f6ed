import "server-only";
// How often each rule fired and how its explanations fared, for pruning noisy rules on /admin/rules.
// Fired: findings kept with staged batches, plus hard failures that stopped a staging (counted
// from their audit events, since the batch itself was never written).
import type { Queryable } from "@/lib/db/queryable";

export type RuleStats = { fired: number; blocked: number; explained: number; accepted: number; returned: number };

export async function ruleStats(q: Queryable): Promise<Map<number, RuleStats>> {
  const out = new Map<number, RuleStats>();
  const get = (id: number) => out.get(id) ?? (out.set(id, { fired: 0, blocked: 0, explained: 0, accepted: 0, returned: 0 }), out.get(id)!);
  const { rows } = await q.query<{ rule_id: number; fired: string; explained: string; accepted: string; returned: string }>(
    `SELECT f.rule_id, count(*) AS fired,
            count(*) FILTER (WHERE f.explanation IS NOT NULL) AS explained,
            count(*) FILTER (WHERE f.explanation IS NOT NULL AND b.status = 'APPROVED') AS accepted,
            count(*) FILTER (WHERE f.explanation IS NOT NULL AND b.status = 'REJECTED') AS returned
     FROM rule_finding f JOIN batch b ON b.id = f.batch_id GROUP BY f.rule_id`,
  );
  for (const r of rows) Object.assign(get(r.rule_id), { fired: Number(r.fired), explained: Number(r.explained), accepted: Number(r.accepted), returned: Number(r.returned) });
  const blocked = await q.query<{ rule_id: number; n: string }>(
    `SELECT (x.key)::int AS rule_id, sum((x.value)::int) AS n
     FROM audit_event a, jsonb_each_text(a.data->'rules') x WHERE a.action = 'batch.blocked_by_rule' GROUP BY 1`,
  );
  for (const r of blocked.rows) {
    const s = get(r.rule_id);
    s.blocked = Number(r.n);
    s.fired += s.blocked;
  }
  return out;
}
