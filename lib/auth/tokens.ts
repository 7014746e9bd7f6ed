import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, pool } from "@/lib/db";
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { actorFromRow, type ActorRow } from "./actor-row";
import type { Actor } from "./permissions";

// API tokens for scripts: "sdm_" + 32 random bytes. Only the SHA-256 is stored (a token
// has 256 bits of entropy, so a fast hash is enough; unlike passwords it cannot be guessed).
// A token belongs to the credentials it was made with: it records the user's credential
// version, and a password change, reset or disable (lib/auth/end-credentials.ts) ends it.
const TOKEN_DAYS = 90;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Makes a token for a user signed in (by password or session) under `credentialVersion`.
 * The user's row is locked and its version compared, so a token cannot be made from a
 * session or password that a concurrent change has just ended.
 */
export async function createToken(
  user: { id: number; credentialVersion: number },
  name: string,
  ctx: AuditContext,
): Promise<{ token: string; expiresAt: Date; id: number }> {
  const token = `sdm_${randomBytes(32).toString("base64url")}`;
  const expiresAt = new Date(Date.now() + TOKEN_DAYS * 86400_000);
  const row = await db().$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ v: number; disabled: boolean }[]>`
      SELECT session_version AS v, disabled_at IS NOT NULL AS disabled FROM "user" WHERE id = ${user.id} FOR UPDATE`;
    if (!current || current.disabled || current.v !== user.credentialVersion) {
      throw new AppError("FORBIDDEN", "登录已失效（密码已修改或账号已停用），请重新登录后再创建令牌。", "Your sign-in has ended (password changed or account disabled); sign in again to create a token.");
    }
    const created = await tx.apiToken.create({
      data: { userId: user.id, name: name.slice(0, 100) || "api", tokenHash: hashToken(token), prefix: token.slice(0, 10), expiresAt, credentialVersion: current.v },
    });
    await writeAudit(tx, ctx, { action: "token.created", entityType: "api_token", entityId: created.id, data: { userId: user.id, name: created.name } });
    return created;
  });
  return { token, expiresAt, id: row.id };
}

/** Revokes one of the user's own tokens; false when it is not theirs or already revoked. */
export async function revokeToken(userId: number, tokenId: number, ctx: AuditContext): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count) await writeAudit(tx, ctx, { action: "token.revoked", entityType: "api_token", entityId: tokenId, data: { userId } });
    return count > 0;
  });
}

export async function findTokens(userId: number) {
  return db().apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true, revokedReason: true },
  });
}

type TokenRow = ActorRow & { token_id: number; last_used_at: Date | null };

/**
 * The user a Bearer token stands for, with that user's current roles; null if unusable
 * (unknown, revoked, expired, made under older credentials, or the user is disabled).
 */
export async function actorForToken(token: string): Promise<Actor | null> {
  if (!token.startsWith("sdm_") || token.length > 200) return null;
  const { rows } = await pool().query<TokenRow>(
    `SELECT t.id AS token_id, t.last_used_at, u.id, u.username, u.display_name, u.roles::text[] AS roles, u.session_version
     FROM api_token t JOIN "user" u ON u.id = t.user_id
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now()
       AND u.disabled_at IS NULL AND t.credential_version = u.session_version`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return null;
  // last use is informational; a minute's precision spares a write per request
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
    await pool().query(`UPDATE api_token SET last_used_at = now() WHERE id = $1`, [row.token_id]);
  }
  return actorFromRow(row);
}
