// The app's HTTP API as staff scripts use it: Bearer tokens, uploads, workflow transitions.
import { hashPassword } from "../../lib/auth/password";
import { DEMO_PASSWORD } from "./config";

export type Answer = { status: number; body: any; text: string; headers: Headers };

export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, { redirect: "manual", ...init });
  const text = await res.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: pages, CSV
  }
  return { status: res.status, body, text, headers: res.headers };
}

export async function token(base: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const r = await call(`${base}/api/v1/auth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password, name: "resilience" }),
  });
  if (r.status !== 201) throw new Error(`token for ${username}: ${r.status} ${r.text.slice(0, 300)}`);
  return r.body.token;
}

/** Signs in through the API (the form's twin) and returns the session cookie ("name=value"). */
export async function sessionCookie(base: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: base },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username}: ${res.status}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("sdm_session="));
  if (!cookie) throw new Error("no session cookie");
  return cookie.split(";")[0];
}

export const bearer = (t: string) => ({ Authorization: `Bearer ${t}` });

export async function uploadCsv(base: string, tok: string, fileName: string, csv: string): Promise<Answer> {
  const form = new FormData();
  form.append("file", new Blob([csv], { type: "text/csv" }), fileName);
  return call(`${base}/api/v1/batches`, { method: "POST", headers: bearer(tok), body: form });
}

export async function post(base: string, path: string, tok: string, data: unknown = {}): Promise<Answer> {
  return call(`${base}${path}`, { method: "POST", headers: { ...bearer(tok), "Content-Type": "application/json" }, body: JSON.stringify(data) });
}

/** Stages a CSV as `uploader` and submits it; returns the batch id. */
export async function stageAndSubmit(base: string, uploaderToken: string, fileName: string, csv: string): Promise<number> {
  const up = await uploadCsv(base, uploaderToken, fileName, csv);
  if (up.status !== 201) throw new Error(`upload ${fileName}: ${up.status} ${up.text.slice(0, 500)}`);
  const sub = await post(base, `/api/v1/batches/${up.body.id}/submit`, uploaderToken);
  if (sub.status !== 200) throw new Error(`submit ${up.body.id}: ${sub.status} ${sub.text.slice(0, 300)}`);
  return up.body.id;
}

/** Adds a staff user straight into the database (there is no user API): argon2id as the app hashes. */
export async function addUser(q: { query: (sql: string, v: unknown[]) => Promise<unknown> }, username: string, roles: string[], password = DEMO_PASSWORD): Promise<void> {
  await q.query(
    `INSERT INTO "user" (username, display_name, password_hash, roles, updated_at) VALUES ($1, $1, $2, $3, now()) ON CONFLICT (username) DO NOTHING`,
    [username, await hashPassword(password), roles],
  );
}
