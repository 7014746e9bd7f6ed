// The audit trail. Rows are written inside the transaction of the change they record and
// are never updated or deleted (a database trigger refuses both).
import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/** Who did it, from where: taken from the request by lib/auth/request-context.ts. */
export type AuditContext = {
  actorId: number | null;
  actorName: string | null;
  ip: string | null;
  userAgent: string | null;
};

export const SYSTEM_CONTEXT: AuditContext = { actorId: null, actorName: "system", ip: null, userAgent: null };

// Persisted names: renaming one orphans the rows already written under it.
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_throttled",
  "auth.sign_out",
  "auth.password_changed",
  "token.created",
  "token.revoked",
  "user.created",
  "user.disabled",
  "user.enabled",
  "user.roles_changed",
  "user.password_reset",
  "batch.staged",
  "batch.failed",
  "batch.submitted",
  "batch.approved",
  "batch.rejected",
  "batch.withdrawn",
  "batch.released",
  "batch.returned_to_review",
  "return.draft_saved",
  "observation.revised",
  "release.planned",
  "release.moved",
  "release.cancelled",
  "release.named",
  "indicator.created",
  "indicator.updated",
  "indicator.retired",
  "catalogue.imported",
  "catalogue.reference_updated",
  "department.saved",
  "reminder.sent",
  "reminder.failed",
  "target.saved",
  "target.deleted",
  "setting.changed",
  "prerelease.viewed",
  "disclosure.rule_saved",
  "disclosure.relation_saved",
  "disclosure.relation_deleted",
  "rule.changed",
  "batch.blocked_by_rule",
  "batch.explained",
  "disclosure.secondary_chosen",
  "demo.seeded",
  "demo.extended",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  action: AuditAction;
  entityType?: string;
  entityId?: string | number;
  data?: Prisma.InputJsonValue;
};

export async function writeAudit(tx: Tx, ctx: AuditContext, e: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      action: e.action,
      entityType: e.entityType ?? null,
      entityId: e.entityId === undefined ? null : String(e.entityId),
      data: e.data,
      actorId: ctx.actorId,
      actorName: ctx.actorName,
      ip: ctx.ip,
      userAgent: ctx.userAgent?.slice(0, 300) ?? null,
    },
  });
}

/** The same audit row through a raw pg client, for work that runs outside Prisma (COPY staging). */
export async function writeAuditPg(
  client: { query(sql: string, values: unknown[]): Promise<unknown> },
  ctx: AuditContext,
  e: AuditEntry,
): Promise<void> {
  await client.query(
    `INSERT INTO audit_event (action, entity_type, entity_id, data, actor_id, actor_name, ip, user_agent) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      e.action,
      e.entityType ?? null,
      e.entityId === undefined ? null : String(e.entityId),
      e.data === undefined ? null : JSON.stringify(e.data),
      ctx.actorId,
      ctx.actorName,
      ctx.ip,
      ctx.userAgent?.slice(0, 300) ?? null,
    ],
  );
}
