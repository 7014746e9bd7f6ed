// A password change, an administrator's reset or a disable ends everything the old
// credentials opened: the user's credential version moves on (older session cookies and
// tokens are refused by it), their browser sessions are deleted and their live API tokens are
// revoked with the reason, so that the list on their profile page says which ended and why.
// Runs inside the caller's transaction, beside its audit event. No "server-only": the
// create-admin script resets passwords too.
import type { Tx } from "@/lib/audit/write-audit";

export type CredentialChange = "password_changed" | "password_reset" | "disabled";

export async function endCredentials(tx: Tx, userId: number, reason: CredentialChange): Promise<{ version: number; endedTokens: string[] }> {
  const { sessionVersion } = await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  const ended = await tx.$queryRaw<{ name: string }[]>`
    UPDATE api_token SET revoked_at = now(), revoked_reason = ${reason}
    WHERE user_id = ${userId} AND revoked_at IS NULL AND expires_at > now()
    RETURNING name`;
  await tx.userSession.deleteMany({ where: { userId } });
  return { version: sessionVersion, endedTokens: ended.map((t) => t.name).sort((a, b) => a.localeCompare(b, "zh")) };
}
