import "server-only";
import { getIronSession, type SessionOptions } from "iron-session";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Actor } from "./permissions";
import { isRole } from "./roles";
import { isHttps } from "./request-context";
import { sessionSecret } from "./secret";

// iron-session: a sealed (encrypted + signed) cookie holding the user id and the user's
// session version. No session state lives in process memory, so any instance can serve
// any request; bumping user.session_version (password change, disable) ends old sessions.
type SessionData = { uid: number; v: number };

export const SESSION_COOKIE = "sdm_session";
const TTL_SECONDS = 12 * 60 * 60; // a working day

async function options(): Promise<SessionOptions> {
  return {
    cookieName: SESSION_COOKIE,
    password: await sessionSecret(),
    ttl: TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: "lax", secure: isHttps(await headers()), path: "/" },
  };
}

async function session() {
  return getIronSession<SessionData>(await cookies(), await options());
}

export async function startSession(user: { id: number; sessionVersion: number }): Promise<void> {
  const s = await session();
  s.uid = user.id;
  s.v = user.sessionVersion;
  await s.save();
}

export async function endSession(): Promise<void> {
  (await session()).destroy();
}

/** Loads the signed-in user, checking on every request that they are still enabled. */
export async function actorForUser(uid: number, version?: number): Promise<Actor | null> {
  const user = await db().user.findUnique({ where: { id: uid } });
  if (!user || user.disabledAt || (version !== undefined && user.sessionVersion !== version)) return null;
  return { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles.filter(isRole) };
}

/** The user of this request's session cookie, or null. Cached per request. */
export const getSessionActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  if (!jar.get(SESSION_COOKIE)) return null;
  const s = await session();
  if (!s.uid) return null;
  return actorForUser(s.uid, s.v);
});
