// What a cookie-sealing secret must be, shared by the server (lib/auth/secret.ts), its start
// (scripts/serve.ts refuses to start without one) and the embedded database's generated one.
export const MIN_SECRET_LENGTH = 32;

/** Why `value` cannot seal session cookies, or null when it can. */
export function sessionSecretProblem(value: string | undefined): string | null {
  if (!value) {
    return [
      "SESSION_SECRET is not set. A server on DATABASE_URL needs it: at least 32 random characters, the same on every",
      "instance (e.g. `openssl rand -base64 32`). It seals the session cookies and is never kept in the database.",
      "未设置 SESSION_SECRET：使用 DATABASE_URL 时必须设置（至少 32 个随机字符，各实例相同），用于加密登录 Cookie。",
    ].join("\n");
  }
  if (value.length < MIN_SECRET_LENGTH) return `SESSION_SECRET must be at least ${MIN_SECRET_LENGTH} characters (it has ${value.length}).`;
  return null;
}
