// Login CSRF as a browser runs it (issue 15, finding 6): a page on another site posts the
// attacker's credentials to the sign-in API with a content type that merely mentions JSON, which
// needs no preflight. The server must refuse it, whatever the browser then does with the cookie.
import { expect, test } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../lib/chromium";
import { testDb } from "./helpers/db";
import { freshUser, PASSWORD, signIns } from "./helpers/fresh-user";

// The attacker's page is another site on this machine (same port, other host name). Chromium
// would stop a page from reaching a loopback address at all (Local Network Access), which
// protects nobody on a real deployment; turned off here, so that it is the server that refuses.
test.use({ launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, "--disable-features=LocalNetworkAccessChecks"] } });

test("another site's page cannot sign the visitor's browser in or mint a token", async ({ page, baseURL }) => {
  const username = await freshUser(["leader"]);
  const evil = `http://localhost:${new URL(baseURL!).port}/evil-page`;
  await page.route(evil, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>evil</title>" }));
  await page.goto(evil);
  const answers: number[] = [];
  page.on("response", (r) => r.url().includes("/api/v1/auth/") && answers.push(r.status()));
  await page.evaluate(
    async ([target, creds]) => {
      // no-cors with a type that merely mentions JSON: no preflight, so the request arrives
      await fetch(`${target}/api/v1/auth/session`, { method: "POST", mode: "no-cors", credentials: "include", headers: { "Content-Type": "text/plain; application/json" }, body: creds }).catch(() => {});
      await fetch(`${target}/api/v1/auth/token`, { method: "POST", mode: "no-cors", headers: { "Content-Type": "text/plain; application/json" }, body: creds }).catch(() => {});
    },
    [baseURL!, JSON.stringify({ username, password: PASSWORD })] as const,
  );
  await expect.poll(() => answers.length, "both requests reached the server").toBe(2);
  expect(answers.every((s) => s === 403 || s === 415), String(answers)).toBe(true);
  expect(await signIns(username)).toBe(0);
  const { rows } = await testDb().query(`SELECT count(*)::int AS n FROM api_token t JOIN "user" u ON u.id = t.user_id WHERE u.username = $1`, [username]);
  expect(rows[0].n).toBe(0);
});
