import "server-only";
// The administrator's changes to the disclosure rules and the declared sum relations: one
// transaction each, with its audit event (before and after), like the catalogue's changes.
import { db } from "@/lib/db";
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { DEFAULT_RULE, invalidRule, type DisclosureRuleSpec } from "./rules";

export type RuleRow = DisclosureRuleSpec & { indicatorId: number; code: string; nameZh: string; nameEn: string; custom: boolean };

/** Every indicator in use with the rule that applies to it (its own, or the default). */
export async function listRules(): Promise<RuleRow[]> {
  const [inds, rules] = await Promise.all([
    db().indicator.findMany({ where: { retiredAt: null }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, nameZh: true, nameEn: true } }),
    db().disclosureRule.findMany(),
  ]);
  const byId = new Map(rules.map((r) => [r.indicatorId, r]));
  return inds.map((i) => {
    const r = byId.get(i.id);
    const spec: DisclosureRuleSpec = r
      ? { minUnits: r.minUnits, dominanceN: r.dominanceN, dominanceK: r.dominanceK?.toString() ?? null, pPercent: r.pPercent?.toString() ?? null, protectionPercent: r.protectionPercent.toString() }
      : DEFAULT_RULE;
    return { ...spec, indicatorId: i.id, code: i.code, nameZh: i.nameZh, nameEn: i.nameEn, custom: Boolean(r) };
  });
}

export async function saveRule(code: string, spec: DisclosureRuleSpec, ctx: AuditContext): Promise<void> {
  const bad = invalidRule(spec);
  if (bad) throw new AppError("INVALID_INPUT", bad.zh, bad.en);
  await db().$transaction(async (tx) => {
    const ind = await tx.indicator.findUnique({ where: { code }, select: { id: true } });
    if (!ind) throw new AppError("NOT_FOUND", `指标 ${code} 不存在。`, `No indicator ${code}.`);
    const before = await tx.disclosureRule.findUnique({ where: { indicatorId: ind.id } });
    const data = { minUnits: spec.minUnits, dominanceN: spec.dominanceN, dominanceK: spec.dominanceK, pPercent: spec.pPercent, protectionPercent: spec.protectionPercent };
    await tx.disclosureRule.upsert({ where: { indicatorId: ind.id }, create: { indicatorId: ind.id, ...data }, update: data });
    await writeAudit(tx, ctx, {
      action: "disclosure.rule_saved",
      entityType: "disclosure_rule",
      entityId: code,
      data: {
        before: before ? { minUnits: before.minUnits, dominanceN: before.dominanceN, dominanceK: before.dominanceK?.toString() ?? null, pPercent: before.pPercent?.toString() ?? null, protectionPercent: before.protectionPercent.toString() } : null,
        after: data,
      },
    });
  });
}

export type RelationRow = { id: number; total: string; parts: string[]; note: string | null };

export async function listRelations(): Promise<RelationRow[]> {
  const [rels, inds] = await Promise.all([db().sumRelation.findMany({ orderBy: { id: "asc" } }), db().indicator.findMany({ select: { id: true, code: true } })]);
  const code = new Map(inds.map((i) => [i.id, i.code]));
  return rels.map((r) => ({ id: r.id, total: code.get(r.totalId) ?? String(r.totalId), parts: r.partIds.map((p) => code.get(p) ?? String(p)), note: r.note }));
}

export async function saveRelation(total: string, parts: string[], note: string | null, ctx: AuditContext): Promise<void> {
  const codes = [total, ...parts];
  if (parts.length < 2) throw new AppError("INVALID_INPUT", "汇总关系至少需要两个分项指标。", "A sum relation needs at least two parts.");
  if (new Set(codes).size !== codes.length) throw new AppError("INVALID_INPUT", "总量和分项不能重复。", "The total and the parts must all differ.");
  await db().$transaction(async (tx) => {
    const inds = await tx.indicator.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
    const id = new Map(inds.map((i) => [i.code, i.id]));
    const missing = codes.filter((c) => !id.has(c));
    if (missing.length) throw new AppError("INVALID_INPUT", `指标不存在：${missing.join("、")}。`, `No such indicator: ${missing.join(", ")}.`);
    const r = await tx.sumRelation.create({ data: { totalId: id.get(total)!, partIds: parts.map((p) => id.get(p)!), note } });
    await writeAudit(tx, ctx, { action: "disclosure.relation_saved", entityType: "sum_relation", entityId: r.id, data: { total, parts, note } });
  });
}

export async function deleteRelation(relationId: number, ctx: AuditContext): Promise<void> {
  await db().$transaction(async (tx) => {
    const r = await tx.sumRelation.findUnique({ where: { id: relationId } });
    if (!r) throw new AppError("NOT_FOUND", "该汇总关系不存在。", "No such sum relation.");
    await tx.sumRelation.delete({ where: { id: relationId } });
    await writeAudit(tx, ctx, { action: "disclosure.relation_deleted", entityType: "sum_relation", entityId: relationId, data: { totalId: r.totalId, partIds: r.partIds } });
  });
}
