// Tokens that ended with the user's credentials (lib/auth/end-credentials.ts), told on the
// profile page: each row says why, and a notice names the tokens each recent event ended.
type EndedToken = { name: string; revokedAt: Date | null; revokedReason: string | null };

const REASONS = {
  password_changed: { status: "endedPasswordChanged", notice: "noticePasswordChanged" },
  password_reset: { status: "endedPasswordReset", notice: "noticePasswordReset" },
  disabled: { status: "endedDisabled", notice: "noticeDisabled" },
} as const;
type Reason = keyof typeof REASONS;

const isReason = (r: string | null): r is Reason => r !== null && Object.hasOwn(REASONS, r);

/** The status message key for a token revoked for `reason`; null when its owner revoked it. */
export function endedTokenReasonKey(reason: string | null) {
  return isReason(reason) ? REASONS[reason].status : null;
}

const NOTICE_DAYS = 30;

/** One notice per event of the last 30 days (tokens ended together share reason and time), newest first. */
export function endedTokenNotices(tokens: EndedToken[], now: Date) {
  const since = now.getTime() - NOTICE_DAYS * 86400_000;
  const byEvent = new Map<string, { reason: Reason; at: Date; names: string[]; messageKey: (typeof REASONS)[Reason]["notice"] }>();
  for (const t of tokens) {
    if (!t.revokedAt || !isReason(t.revokedReason) || t.revokedAt.getTime() < since) continue;
    const key = `${t.revokedReason}@${t.revokedAt.getTime()}`;
    const event = byEvent.get(key) ?? { reason: t.revokedReason, at: t.revokedAt, names: [], messageKey: REASONS[t.revokedReason].notice };
    event.names.push(t.name);
    byEvent.set(key, event);
  }
  return [...byEvent.values()].sort((a, b) => b.at.getTime() - a.at.getTime());
}
