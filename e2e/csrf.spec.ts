// A page on another site can make a signed-in browser send its session cookie (SameSite=Lax
// still sends it on top-level POSTs from some flows, and old browsers ignore SameSite). Every
// cookie-authenticated state change must come from this site's own pages.
import { expect, request, test } from "@playwright/test";
import { apiSignIn } from "./helpers/auth";
import { testDb } from "./helpers/db";

const CSV = "指标代码,地区代码,时期,数值\nDE001,210100,2025Q1,1\n";

test("[SECURITY]: state changes with the session cookie from another site's page are refused and change nothing", async ({ baseURL }) => {
  // signed in on the site itself (another site's page cannot sign in: e2e/security-origin.spec.ts),
  // then every request of this context names the other site as its origin
  const signedIn = await request.newContext({ baseURL });
  await apiSignIn(signedIn, "uploader");
  const evil = await request.newContext({ baseURL, storageState: await signedIn.storageState(), extraHTTPHeaders: { Origin: "https://evil.example" } });
  await signedIn.dispose();
  const before = (await testDb().query<{ n: number }>("SELECT count(*)::int AS n FROM batch")).rows[0].n;

  const upload = await evil.post("/api/v1/batches", { multipart: { file: { name: "csrf.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) } } });
  expect(upload.status()).toBe(403);
  expect((await upload.json()).error.code).toBe("csrf");
  expect((await testDb().query<{ n: number }>("SELECT count(*)::int AS n FROM batch")).rows[0].n).toBe(before);

  const signOut = await evil.delete("/api/v1/auth/session");
  expect(signOut.status()).toBe(403);
  expect((await evil.get("/api/v1/me")).status(), "still signed in").toBe(200);

  // the same requests from the site itself go through
  const own = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
  await apiSignIn(own, "uploader");
  expect((await own.delete("/api/v1/auth/session")).status()).toBe(204);
  expect((await own.get("/api/v1/me")).status()).toBe(401);
  await evil.dispose();
  await own.dispose();
});
