import "server-only";
import { db } from "@/lib/db";
import { writeAudit, type AuditContext, type Tx } from "@/lib/audit/write-audit";
import { endCredentials } from "@/lib/auth/end-credentials";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { assertAnotherAdminRemains } from "./admin-guard";
import type { TCreateUser } from "./schema";

export async function createUser(input: TCreateUser, ctx: AuditContext): Promise<number> {
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: input.username } })) {
      throw new AppError("CONFLICT", `用户名 ${input.username} 已存在。`, `Username ${input.username} is taken.`);
    }
    const u = await tx.user.create({
      data: { username: input.username, displayName: input.displayName, passwordHash, roles: input.roles },
    });
    await writeAudit(tx, ctx, { action: "user.created", entityType: "user", entityId: u.id, data: { username: u.username, roles: input.roles } });
    return u.id;
  });
}

async function loadUser(tx: Tx, id: number) {
  const u = await tx.user.findUnique({ where: { id } });
  if (!u) throw new AppError("NOT_FOUND", "用户不存在。", "No such user.");
  return u;
}

export async function setUserRoles(userId: number, roles: Role[], ctx: AuditContext): Promise<void> {
  await db().$transaction(async (tx) => {
    const u = await loadUser(tx, userId);
    if (u.roles.includes("admin") && !roles.includes("admin")) await assertAnotherAdminRemains(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { roles } });
    await writeAudit(tx, ctx, { action: "user.roles_changed", entityType: "user", entityId: userId, data: { before: u.roles, after: roles } });
  });
}

/** Disables (ending the user's sessions and API tokens at once) or enables a user; returns the names of the tokens that ended. */
export async function setUserDisabled(userId: number, disabled: boolean, ctx: AuditContext): Promise<{ endedTokens: string[] }> {
  return db().$transaction(async (tx) => {
    const u = await loadUser(tx, userId);
    if (disabled && u.roles.includes("admin") && !u.disabledAt) await assertAnotherAdminRemains(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? (u.disabledAt ?? new Date()) : null } });
    const { endedTokens } = disabled ? await endCredentials(tx, userId, "disabled") : { endedTokens: [] };
    await writeAudit(tx, ctx, {
      action: disabled ? "user.disabled" : "user.enabled",
      entityType: "user",
      entityId: userId,
      data: disabled ? { username: u.username, tokensEnded: endedTokens } : { username: u.username },
    });
    return { endedTokens };
  });
}

/** An administrator sets a new password: the user's sessions and API tokens end; returns the names of the tokens that ended. */
export async function resetPassword(userId: number, password: string, ctx: AuditContext): Promise<{ endedTokens: string[] }> {
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const u = await loadUser(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    const { endedTokens } = await endCredentials(tx, userId, "password_reset");
    await writeAudit(tx, ctx, { action: "user.password_reset", entityType: "user", entityId: userId, data: { username: u.username, tokensEnded: endedTokens } });
    return { endedTokens };
  });
}
