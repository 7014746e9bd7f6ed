// Sign in through the API, not the form (only e2e/auth.spec.ts uses the form).
import { expect, request, type APIRequestContext, type BrowserContext } from "@playwright/test";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "demo-2025";
export const DEMO_ROLES = ["uploader", "reviewer", "admin", "leader"] as const;

export async function apiSignIn(ctx: APIRequestContext | BrowserContext, username: string, password = DEMO_PASSWORD): Promise<void> {
  const req = "request" in ctx ? ctx.request : ctx;
  const res = await req.post("/api/v1/auth/session", { data: { username, password } });
  expect(res.status(), `sign-in as ${username}`).toBe(200);
}

/** A request context signed in as `username` (cookies kept), or anonymous. */
export async function requestAs(baseURL: string, username?: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  if (username) await apiSignIn(ctx, username);
  return ctx;
}

export async function bearerToken(baseURL: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const ctx = await request.newContext({ baseURL });
  const res = await ctx.post("/api/v1/auth/token", { data: { username, password, name: "e2e" } });
  expect(res.status()).toBe(201);
  const { token } = await res.json();
  await ctx.dispose();
  return token;
}
