import type { Tx } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";

export type LockedBatch = {
  id: number;
  status: "STAGED" | "SUBMITTED" | "APPROVED" | "REJECTED" | "WITHDRAWN" | "FAILED";
  uploader_id: number | null;
  release_id: number | null;
  release_at: Date | null;
  is_demo: boolean;
};

/** The answer for a batch id that does not exist, and for one the actor may not see (lib/workflow/batch-access.ts). */
export const batchNotFound = (id: number) => new AppError("NOT_FOUND", `批次 ${id} 不存在。`, `Batch ${id} does not exist.`);

/**
 * Loads a batch and locks its row until the transaction ends, so that two reviewers acting
 * on the same batch at once are serialised: the second sees the first one's outcome.
 */
export async function lockBatch(tx: Tx, id: number): Promise<LockedBatch> {
  const rows = await tx.$queryRaw<LockedBatch[]>`
    SELECT b.id, b.status::text AS status, b.uploader_id, b.release_id, r.release_at, b.is_demo
    FROM batch b LEFT JOIN release r ON r.id = b.release_id
    WHERE b.id = ${id} FOR UPDATE OF b`;
  if (!rows.length) throw batchNotFound(id);
  return rows[0];
}

const STATE_ZH: Record<string, string> = {
  STAGED: "已暂存",
  SUBMITTED: "待审核",
  APPROVED: "已批准",
  REJECTED: "已退回",
  WITHDRAWN: "已撤回",
  FAILED: "失败",
};

export function assertState(b: LockedBatch, allowed: LockedBatch["status"][], action: { zh: string; en: string }): void {
  if (!allowed.includes(b.status)) {
    throw new AppError(
      "INVALID_STATE",
      `批次 ${b.id} 当前状态为“${STATE_ZH[b.status]}”，不能${action.zh}。`,
      `Batch ${b.id} is ${b.status.toLowerCase()}; it cannot be ${action.en}.`,
    );
  }
}
