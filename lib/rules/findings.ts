import "server-only";
// A staged batch's rule findings (table rule_finding) and the reporter's explanations (上报说明):
// written when the batch is staged, explained before it is submitted, read by the reviewer and
// counted on /admin/rules. Hard findings never reach here: they stop the staging.
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";
import type { Actor } from "@/lib/auth/permissions";
import { canSubmitBatch } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Queryable } from "@/lib/db/queryable";
import { AppError } from "@/lib/errors";
import type { Finding } from "./evaluate";

export const MAX_EXPLANATION_CHARS = 1000;

export async function recordFindings(q: Queryable, batchId: number, findings: Finding[]): Promise<void> {
  const kept = findings.filter((f) => f.severity !== "HARD");
  if (!kept.length) return;
  await q.query(
    `INSERT INTO rule_finding (batch_id, rule_id, rule_version, key, indicator_id, region_code, period, message, explanation, explained_at)
     SELECT $1, r, v, k, i, g, p, m, NULLIF(e, ''), CASE WHEN e <> '' THEN now() END
     FROM unnest($2::int[], $3::int[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[]) AS t(r, v, k, i, g, p, m, e)
     ON CONFLICT (batch_id, key) DO NOTHING`,
    [
      batchId,
      kept.map((f) => f.ruleId),
      kept.map((f) => f.version),
      kept.map((f) => f.key),
      kept.map((f) => f.indicatorId),
      kept.map((f) => f.regionCode),
      kept.map((f) => f.period),
      kept.map((f) => f.message),
      kept.map((f) => (f as Finding & { explanation?: string }).explanation?.trim().slice(0, MAX_EXPLANATION_CHARS) ?? ""),
    ],
  );
}

export type StoredFinding = {
  id: number;
  key: string;
  ruleCode: string;
  ruleNameZh: string;
  ruleNameEn: string;
  severity: string;
  indicatorId: number;
  regionCode: string;
  period: string;
  message: string;
  explanation: string | null;
};

export async function findingsOf(q: Queryable, batchId: number): Promise<StoredFinding[]> {
  const { rows } = await q.query<StoredFinding>(
    `SELECT f.id, f.key, r.code AS "ruleCode", r.name_zh AS "ruleNameZh", r.name_en AS "ruleNameEn",
            COALESCE(v.severity, r.severity) AS severity, f.indicator_id AS "indicatorId", f.region_code AS "regionCode",
            f.period, f.message, f.explanation
     FROM rule_finding f JOIN validation_rule r ON r.id = f.rule_id
     LEFT JOIN validation_rule_version v ON v.rule_id = f.rule_id AND v.version = f.rule_version
     WHERE f.batch_id = $1 ORDER BY f.id`,
    [batchId],
  );
  return rows;
}

/** Soft (核实性) findings of the batch still without an explanation: submission waits for them. */
export async function unexplained(q: Queryable, batchId: number): Promise<StoredFinding[]> {
  return (await findingsOf(q, batchId)).filter((f) => f.severity === "SOFT" && !f.explanation?.trim());
}

export function unexplainedError(missing: StoredFinding[]): AppError {
  const list = missing.slice(0, 5).map((f) => f.message).join("；");
  const more = missing.length > 5 ? ` 等 ${missing.length} 项` : "";
  return new AppError(
    "INVALID_STATE",
    `以下核实性审核未填写说明，不能提交：${list}${more}`,
    `${missing.length} check(s) that need an explanation have none: ${list}`,
  );
}

/** The uploader writes the explanations of a staged batch (finding id → text); audited. */
export async function saveExplanations(actor: Actor, ctx: AuditContext, batchId: number, texts: Record<string, string>): Promise<number> {
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ uploader_id: number | null; status: string }[]>`SELECT uploader_id, status::text FROM batch WHERE id = ${batchId} FOR UPDATE`;
    const b = rows[0];
    if (!b) throw new AppError("NOT_FOUND", `批次 ${batchId} 不存在。`, `Batch ${batchId} does not exist.`);
    if (!canSubmitBatch(actor, { uploaderId: b.uploader_id })) throw new AppError("FORBIDDEN", "只有上传人可以填写说明。", "Only the uploader can explain their batch.");
    if (b.status !== "STAGED") throw new AppError("INVALID_STATE", "批次已提交，不能再修改说明。", "The batch is no longer staged; explanations are fixed.");
    let n = 0;
    for (const [id, text] of Object.entries(texts)) {
      const t = text.trim().slice(0, MAX_EXPLANATION_CHARS);
      n += await tx.ruleFinding.updateMany({ where: { id: Number(id), batchId }, data: { explanation: t || null, explainedAt: t ? new Date() : null } }).then((r) => r.count);
    }
    await writeAudit(tx, ctx, { action: "batch.explained", entityType: "batch", entityId: batchId, data: { findings: n } });
    return n;
  });
}
