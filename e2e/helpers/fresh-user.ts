// Users of a test's own, so that changing their password or signing them out touches no other
// spec (the demo users are shared).
import { hash } from "@node-rs/argon2";
import { testDb } from "./db";

export const PASSWORD = "first-password-1";

export async function freshUser(roles: string[], password = PASSWORD): Promise<string> {
  const username = `sec${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  await testDb().query(`INSERT INTO "user" (username, display_name, password_hash, roles, updated_at) VALUES ($1, '安全测试', $2, $3, now())`, [
    username,
    await hash(password),
    roles,
  ]);
  return username;
}

/** Successful sign-ins of a user, from the audit trail. */
export async function signIns(username: string): Promise<number> {
  const { rows } = await testDb().query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'auth.sign_in' AND actor_name = $1`, [username]);
  return rows[0].n;
}
