import "server-only";
import { randomBytes } from "node:crypto";
import { getIronSession, type SessionOptions } from "iron-session";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { pool } from "@/lib/db";
import { actorFromRow, type ActorRow } from "./actor-row";
import type { Actor } from "./permissions";
import { isHttps } from "./request-context";
import { sessionSecret } from "./secret";

// iron-session: a sealed (encrypted + signed) cookie holding the user id, the user's
// credential version and the id of a row in user_session. Every request looks the row up
// (one indexed join with the user), so signing out (the row is deleted) ends that cookie on
// every instance at once, while the user's other devices stay signed in; bumping
// user.session_version (password change or reset, disable) ends all of them.
type SessionData = { uid: number; v: number; sid: string };

export const SESSION_COOKIE = "sdm_session";
const TTL_SECONDS = 12 * 60 * 60; // a working day

async function options(): Promise<SessionOptions> {
  return {
    cookieName: SESSION_COOKIE,
    password: sessionSecret(),
    ttl: TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: "lax", secure: isHttps(await headers()), path: "/" },
  };
}

async function session() {
  return getIronSession<SessionData>(await cookies(), await options());
}

/** A new session (a new id, never the one the browser had: no fixation) for the user signed in. */
export async function startSession(user: { id: number; sessionVersion: number }): Promise<void> {
  const s = await session();
  const previous = typeof s.sid === "string" ? s.sid : "";
  const sid = randomBytes(32).toString("base64url");
  // the session this browser had ends, and the user's expired rows go: the table holds only live sessions
  await pool().query(
    `WITH gone AS (DELETE FROM user_session WHERE id = $4 OR (user_id = $2 AND expires_at <= now()))
     INSERT INTO user_session (id, user_id, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`,
    [sid, user.id, TTL_SECONDS, previous],
  );
  s.uid = user.id;
  s.v = user.sessionVersion;
  s.sid = sid;
  await s.save();
}

/** Ends this browser's session on the server (a copy of the cookie is refused from now on) and clears the cookie. */
export async function endSession(): Promise<void> {
  const s = await session();
  if (typeof s.sid === "string") await pool().query(`DELETE FROM user_session WHERE id = $1`, [s.sid]);
  s.destroy();
}

/** The user of this request's session cookie, or null: the session must exist, be unexpired and match the user's credential version, and the user be enabled. Cached per request. */
export const getSessionActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  if (!jar.get(SESSION_COOKIE)) return null;
  const s = await session();
  if (!Number.isInteger(s.uid) || !Number.isInteger(s.v) || typeof s.sid !== "string") return null;
  const { rows } = await pool().query<ActorRow>(
    `SELECT u.id, u.username, u.display_name, u.roles::text[] AS roles, u.session_version
     FROM user_session s JOIN "user" u ON u.id = s.user_id
     WHERE s.id = $1 AND s.user_id = $2 AND s.expires_at > now() AND u.disabled_at IS NULL AND u.session_version = $3`,
    [s.sid, s.uid, s.v],
  );
  return rows[0] ? actorFromRow(rows[0]) : null;
});
