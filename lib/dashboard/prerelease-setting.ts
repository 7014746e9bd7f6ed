import "server-only";
// The admin setting that lets leaders see approved-but-unreleased values on the dashboard.
// Off unless the row says exactly `true`: a missing or malformed row keeps figures embargoed.
import { db, pool } from "@/lib/db";
import type { Queryable } from "@/lib/db/queryable";
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";

export const PRERELEASE_KEY = "prerelease.leaders";

export async function isPrereleaseEnabled(q: Queryable = pool()): Promise<boolean> {
  const { rows } = await q.query<{ on: boolean }>(`SELECT value = 'true'::jsonb AS on FROM setting WHERE key = $1`, [PRERELEASE_KEY]);
  return rows[0]?.on === true;
}

/** Turns pre-release access on or off; the change and the previous value go to the audit trail. */
export async function setPrereleaseEnabled(enabled: boolean, ctx: AuditContext): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: PRERELEASE_KEY } });
    await tx.setting.upsert({ where: { key: PRERELEASE_KEY }, create: { key: PRERELEASE_KEY, value: enabled }, update: { value: enabled } });
    await writeAudit(tx, ctx, {
      action: "setting.changed",
      entityType: "setting",
      entityId: PRERELEASE_KEY,
      data: { before: before?.value === true, after: enabled },
    });
  });
}
