// Builds batches through the real API, as staff scripts would.
import { expect, request } from "@playwright/test";
import { bearerToken } from "./auth";
import { testDb } from "./db";

export async function stageCsv(baseURL: string, csv: string, as: { username: string; password?: string } = { username: "uploader" }): Promise<number> {
  const token = await bearerToken(baseURL, as.username, as.password);
  const name = `wf-${Date.now()}.csv`;
  const api = await request.newContext({ baseURL });
  const res = await api.post("/api/v1/batches", {
    headers: { Authorization: `Bearer ${token}` },
    multipart: { file: { name, mimeType: "text/csv", buffer: Buffer.from(csv) } },
  });
  const body = await res.json();
  expect(res.status(), JSON.stringify(body.errors ?? body)).toBe(201);
  await api.dispose();
  return body.id;
}

export async function callAs(baseURL: string, username: string, path: string, data?: unknown) {
  const token = await bearerToken(baseURL, username);
  const api = await request.newContext({ baseURL });
  const res = await api.post(path, { headers: { Authorization: `Bearer ${token}` }, data: data ?? {} });
  const out = { status: res.status(), body: await res.json().catch(() => null) };
  await api.dispose();
  return out;
}

export async function auditActions(batchId: number): Promise<string[]> {
  const { rows } = await testDb().query("SELECT action FROM audit_event WHERE entity_type = 'batch' AND entity_id = $1 ORDER BY id", [String(batchId)]);
  return rows.map((r) => r.action);
}

/** Waits until the clock passes `at` (a short release offset, never a long sleep). */
export async function waitUntil(at: Date): Promise<void> {
  const ms = at.getTime() - Date.now() + 300;
  if (ms > 0) await new Promise((r) => setTimeout(r, ms));
}
