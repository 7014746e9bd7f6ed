import "server-only";
// An administrator's change of a rule: a new version with a dated note and who made it, in one
// transaction with its audit event. The rule row holds the current version; validation_rule_version
// keeps every one (what a finding of an older batch was judged by).
import { z } from "zod";
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { KIND_OF, SEVERITIES, ZRuleParams, ZScope } from "./params";

export const ZRuleChange = z.object({
  params: ZRuleParams,
  severity: z.enum(SEVERITIES),
  active: z.boolean(),
  scope: ZScope,
  note: z.string().trim().min(1, "须填写变更说明 / a note is required").max(2000),
  notedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式为 YYYY-MM-DD / date as YYYY-MM-DD"),
});
export type RuleChange = z.input<typeof ZRuleChange>;

function invalid(e: z.ZodError): AppError {
  const parts = e.issues.map((i) => {
    const [zh, en] = i.message.includes(" / ") ? i.message.split(" / ") : [i.message, i.message];
    const where = i.path.join(".") || "params";
    return { zh: `${where}：${zh}`, en: `${where}: ${en}` };
  });
  return new AppError("INVALID_INPUT", parts.map((p) => p.zh).join("；"), parts.map((p) => p.en).join("; "));
}

export async function changeRule(code: string, input: RuleChange, ctx: AuditContext): Promise<{ version: number }> {
  const parsed = ZRuleChange.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const c = parsed.data;
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: number; version: number; kind: string; params: { check: string } }[]>`SELECT id, version, kind, params FROM validation_rule WHERE code = ${code} FOR UPDATE`;
    const rule = rows[0];
    if (!rule) throw new AppError("NOT_FOUND", `审核规则 ${code} 不存在。`, `No rule ${code}.`);
    if (c.params.check !== rule.params.check || KIND_OF[c.params.check] !== rule.kind) {
      throw new AppError("INVALID_INPUT", `params.check：规则 ${code} 的检查类型为 ${rule.params.check}，不能改为 ${c.params.check}。`, `params.check: rule ${code} checks ${rule.params.check}, not ${c.params.check}.`);
    }
    const version = rule.version + 1;
    const notedOn = new Date(`${c.notedOn}T00:00:00Z`);
    if (Number.isNaN(notedOn.getTime())) throw new AppError("INVALID_INPUT", "notedOn：日期无效。", "notedOn: not a date.");
    await tx.validationRule.update({ where: { id: rule.id }, data: { params: c.params, severity: c.severity, active: c.active, scope: c.scope, version, updatedAt: new Date() } });
    await tx.validationRuleVersion.create({
      data: { ruleId: rule.id, version, params: c.params, severity: c.severity, active: c.active, scope: c.scope, note: c.note, notedOn, createdBy: ctx.actorId },
    });
    await writeAudit(tx, ctx, { action: "rule.changed", entityType: "validation_rule", entityId: code, data: { version, params: c.params, severity: c.severity, active: c.active, scope: c.scope, note: c.note, notedOn: c.notedOn } });
    return { version };
  });
}
