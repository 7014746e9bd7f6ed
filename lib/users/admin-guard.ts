import type { Tx } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";

/**
 * Refuses a change that would leave no enabled administrator. The admins' rows are locked
 * so that two concurrent demotions cannot both pass the check.
 */
export async function assertAnotherAdminRemains(tx: Tx, userId: number): Promise<void> {
  const admins = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "user" WHERE 'admin' = ANY(roles) AND disabled_at IS NULL ORDER BY id FOR UPDATE`;
  if (!admins.some((a) => a.id !== userId)) {
    throw new AppError("LAST_ADMIN", "至少需要保留一名可用的系统管理员，不能移除最后一名管理员。", "At least one enabled administrator must remain; the last one cannot be removed.");
  }
}
