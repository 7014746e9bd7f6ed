import "server-only";
import { db } from "@/lib/db";
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";

/** Changes one's own password; returns the new session version for the current session. */
export async function changeOwnPassword(userId: number, current: string, next: string, ctx: AuditContext): Promise<number> {
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user || !(await verifyPassword(user.passwordHash, current))) {
    throw new AppError("INVALID_INPUT", "当前密码不正确。", "The current password is wrong.");
  }
  const passwordHash = await hashPassword(next);
  return db().$transaction(async (tx) => {
    const u = await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, ctx, { action: "auth.password_changed", entityType: "user", entityId: userId });
    return u.sessionVersion;
  });
}
