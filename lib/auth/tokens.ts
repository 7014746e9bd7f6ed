import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";
import { actorForUser } from "./session";
import type { Actor } from "./permissions";

// API tokens for scripts: "sdm_" + 32 random bytes. Only the SHA-256 is stored (a token
// has 256 bits of entropy, so a fast hash is enough; unlike passwords it cannot be guessed).
const TOKEN_DAYS = 90;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createToken(userId: number, name: string, ctx: AuditContext): Promise<{ token: string; expiresAt: Date; id: number }> {
  const token = `sdm_${randomBytes(32).toString("base64url")}`;
  const expiresAt = new Date(Date.now() + TOKEN_DAYS * 86400_000);
  const row = await db().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId, name: name.slice(0, 100) || "api", tokenHash: hashToken(token), prefix: token.slice(0, 10), expiresAt },
    });
    await writeAudit(tx, ctx, { action: "token.created", entityType: "api_token", entityId: created.id, data: { userId, name: created.name } });
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
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** The user a Bearer token stands for, with that user's current roles; null if unusable. */
export async function actorForToken(token: string): Promise<Actor | null> {
  if (!token.startsWith("sdm_") || token.length > 200) return null;
  const row = await db().apiToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.revokedAt || row.expiresAt <= new Date()) return null;
  // last use is informational; a minute's precision spares a write per request
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return actorForUser(row.userId);
}
