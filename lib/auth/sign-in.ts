import "server-only";
import { db } from "@/lib/db";
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";
import { dummyHash, verifyPassword } from "./password";
import { QueueFullError, withKeys } from "./keyed-queue";
import { checkThrottle } from "./throttle";
import { canonicalUsername } from "./username";

export type SignInResult =
  | { ok: true; user: { id: number; username: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks a username and password. Unknown users, disabled users and wrong passwords all
 * answer "invalid" after the same work, so the answer does not tell which usernames exist.
 * The attempt and its audit event are written in one transaction.
 */
export async function signIn(username: string, password: string, ctx: Omit<AuditContext, "actorId" | "actorName">): Promise<SignInResult> {
  const name = canonicalUsername(username).slice(0, 100);
  const ip = ctx.ip ?? "unknown";
  const user = await db().user.findUnique({ where: { username: name } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  const ok = !!user && !user.disabledAt && passwordOk;

  // parallel guesses for one name or from one address queue (in this process without a
  // connection, across instances on advisory locks), so each one counts the failures before it;
  // locks in a fixed order: name, then address; held to commit
  const keys = [`sign-in:user:${name}`, `sign-in:ip:${ip}`];
  try {
    return await withKeys(keys, () => recordAttempt(keys, name, ip, ok, user, ctx));
  } catch (e) {
    // a flood of parallel guesses for one name or address: refuse the excess without queueing
    // it (nothing is recorded; the attempts already in line are counted and audited)
    if (e instanceof QueueFullError) return { ok: false, reason: "throttled", retryAfterSeconds: 5 };
    throw e;
  }
}

async function recordAttempt(
  keys: string[],
  name: string,
  ip: string,
  ok: boolean,
  user: { id: number; username: string; sessionVersion: number } | null,
  ctx: Omit<AuditContext, "actorId" | "actorName">,
): Promise<SignInResult> {
  const now = new Date();
  return db().$transaction(async (tx) => {
    for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
    const state = await checkThrottle(tx, name, ip, now);
    const audit = { ...ctx, actorId: user?.id ?? null, actorName: name };
    if (state.throttled) {
      await writeAudit(tx, audit, { action: "auth.sign_in_throttled", entityType: "user", entityId: user?.id, data: { username: name, by: state.by } });
      return { ok: false as const, reason: "throttled" as const, retryAfterSeconds: state.retryAfterSeconds };
    }
    await tx.loginAttempt.create({ data: { username: name, ip, success: ok } });
    if (!ok) {
      await writeAudit(tx, audit, { action: "auth.sign_in_failed", entityType: "user", entityId: user?.id, data: { username: name } });
      return { ok: false as const, reason: "invalid" as const };
    }
    await writeAudit(tx, audit, { action: "auth.sign_in", entityType: "user", entityId: user!.id });
    return { ok: true as const, user: { id: user!.id, username: user!.username, sessionVersion: user!.sessionVersion } };
  }, { maxWait: 10_000 });
}
