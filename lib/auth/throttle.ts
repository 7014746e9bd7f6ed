// Sign-in throttling, counted in the database so that it holds across app instances.
// 5 failures per username in 15 minutes (whether or not the user exists) and 30 per client
// address. A success clears the username's count. Throttled attempts are not counted as
// failures, so a locked account unlocks 15 minutes after the attacker's fifth guess.
import type { Tx } from "@/lib/audit/write-audit";

export const WINDOW_MS = 15 * 60 * 1000;
export const LIMITS = { username: 5, ip: 30 } as const;

export type ThrottleState = { throttled: false } | { throttled: true; retryAfterSeconds: number; by: "username" | "ip" };

/** Oldest counted failure → when the window frees a slot. Pure. */
export function retryAfter(failures: Date[], limit: number, now: Date): number | null {
  if (failures.length < limit) return null;
  const sorted = [...failures].sort((a, b) => a.getTime() - b.getTime());
  // the (n - limit + 1)-th oldest must leave the window before one more attempt is allowed
  const freeing = sorted[sorted.length - limit];
  return Math.max(1, Math.ceil((freeing.getTime() + WINDOW_MS - now.getTime()) / 1000));
}

export async function checkThrottle(tx: Tx, username: string, ip: string, now: Date): Promise<ThrottleState> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const lastSuccess = await tx.loginAttempt.findFirst({
    where: { username, success: true, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const byUser = await tx.loginAttempt.findMany({
    where: { username, success: false, createdAt: { gt: lastSuccess?.createdAt ?? since } },
    select: { createdAt: true },
  });
  const u = retryAfter(byUser.map((r) => r.createdAt), LIMITS.username, now);
  if (u !== null) return { throttled: true, retryAfterSeconds: u, by: "username" };
  const byIp = await tx.loginAttempt.findMany({
    where: { ip, success: false, createdAt: { gt: since } },
    select: { createdAt: true },
  });
  const i = retryAfter(byIp.map((r) => r.createdAt), LIMITS.ip, now);
  if (i !== null) return { throttled: true, retryAfterSeconds: i, by: "ip" };
  return { throttled: false };
}
