import "server-only";
import { db } from "@/lib/db";
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";
import { endCredentials } from "@/lib/auth/end-credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";

/**
 * Changes one's own password. Every session and API token of the old password ends; returns
 * the new credential version (for the current browser's fresh session) and the names of the
 * tokens that ended.
 */
export async function changeOwnPassword(userId: number, current: string, next: string, ctx: AuditContext): Promise<{ version: number; endedTokens: string[] }> {
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user || !(await verifyPassword(user.passwordHash, current))) {
    throw new AppError("INVALID_INPUT", "当前密码不正确。", "The current password is wrong.");
  }
  const passwordHash = await hashPassword(next);
  return db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    const ended = await endCredentials(tx, userId, "password_changed");
    await writeAudit(tx, ctx, { action: "auth.password_changed", entityType: "user", entityId: userId, data: { tokensEnded: ended.endedTokens } });
    return ended;
  });
}
