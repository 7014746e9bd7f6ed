import "server-only";
// The bureau's rules as the engine reads them: the current version of every validation_rule row.
import type { Queryable } from "@/lib/db/queryable";
import { SEVERITIES, ZRuleParams, type Rule, type Severity } from "./params";

type Row = { id: number; code: string; version: number; name_zh: string; name_en: string; scope: string; severity: string; active: boolean; params: unknown };

export function ruleFromRow(r: Row): Rule {
  // stored params were validated when written; a row edited by hand that no longer parses is a fault to see, not to skip
  const params = ZRuleParams.parse(r.params);
  if (!SEVERITIES.includes(r.severity as Severity)) throw new Error(`validation_rule ${r.code}: unknown severity ${r.severity}`);
  return { id: r.id, code: r.code, version: r.version, nameZh: r.name_zh, nameEn: r.name_en, scope: r.scope, severity: r.severity as Severity, active: r.active, params };
}

/** Every rule (active or not), in id order. */
export async function loadRules(q: Queryable): Promise<Rule[]> {
  const { rows } = await q.query<Row>(`SELECT id, code, version, name_zh, name_en, scope, severity, active, params FROM validation_rule ORDER BY id`);
  return rows.map(ruleFromRow);
}
