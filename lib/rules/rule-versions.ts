import "server-only";
// Every version of every rule, newest first: the dated notes shown on /admin/rules.
import type { Queryable } from "@/lib/db/queryable";

export type RuleVersion = { version: number; notedOn: string; note: string; by: string | null; createdAt: Date; severity: string; active: boolean };

export async function ruleVersions(q: Queryable): Promise<Map<number, RuleVersion[]>> {
  const { rows } = await q.query<RuleVersion & { rule_id: number }>(
    `SELECT v.rule_id, v.version, to_char(v.noted_on, 'YYYY-MM-DD') AS "notedOn", v.note, u.display_name AS by, v.created_at AS "createdAt", v.severity, v.active
     FROM validation_rule_version v LEFT JOIN "user" u ON u.id = v.created_by ORDER BY v.rule_id, v.version DESC`,
  );
  const out = new Map<number, RuleVersion[]>();
  for (const r of rows) out.set(r.rule_id, [...(out.get(r.rule_id) ?? []), r]);
  return out;
}
