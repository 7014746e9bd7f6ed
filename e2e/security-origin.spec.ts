// The findings of the security review (issue 15: 6, 7) about requests from another site: no
// sign-in or token from another site's page, and Server Actions only from this site's pages.
// Tried the way an attacker would; each test uses users of its own.
import { expect, request, test } from "@playwright/test";
import { apiSignIn } from "./helpers/auth";
import { freshUser, PASSWORD, signIns } from "./helpers/fresh-user";
import { testDb } from "./helpers/db";
import { captureAction, replayAction } from "./helpers/replay-action";

test.describe("[SECURITY] 6: no sign-in from another site's page", () => {
  test("sign-in and token creation take JSON only as application/json and refuse a foreign Origin; scripts and the site itself still sign in", async ({ baseURL }) => {
    const username = await freshUser(["leader"]);
    const body = JSON.stringify({ username, password: PASSWORD });
    const port = new URL(baseURL!).port;
    const api = await request.newContext({ baseURL });
    const post = (url: string, headers: Record<string, string>) => api.post(url, { headers, data: body, maxRedirects: 0 });
    const signInsBefore = await signIns(username);

    for (const url of ["/api/v1/auth/session", "/api/v1/auth/token"]) {
      for (const type of ["text/plain; application/json", "text/plain;application/json", "application/x-www-form-urlencoded; application/json"]) {
        const r = await post(url, { "Content-Type": type, Origin: baseURL! });
        expect(r.status(), `${url} as ${type}`).toBe(415);
        expect(r.headers()["set-cookie"]).toBeUndefined();
      }
      for (const origin of ["https://evil.example", "null", `http://127.0.0.1:${Number(port) + 1}`, `https://127.0.0.1:${port}`, `http://localhost.evil.example:${port}`]) {
        const r = await post(url, { "Content-Type": "application/json", Origin: origin });
        expect(r.status(), `${url} from ${origin}`).toBe(403);
        expect((await r.json()).error.code).toBe("csrf");
        expect(r.headers()["set-cookie"]).toBeUndefined();
      }
      // a browser that leaves Origin out still says where the request came from
      expect((await post(url, { "Content-Type": "application/json", "Sec-Fetch-Site": "cross-site" })).status()).toBe(403);
    }
    expect(await signIns(username), "none of those even checked the password").toBe(signInsBefore);

    // real clients: the site's own pages (with a charset), and scripts without Origin
    const own = await post("/api/v1/auth/session", { "Content-Type": "application/json; charset=utf-8", Origin: baseURL! });
    expect(own.status()).toBe(200);
    expect(own.headers()["set-cookie"]).toContain("sdm_session=");
    expect((await post("/api/v1/auth/session", { "Content-Type": "application/json" })).status()).toBe(200);
    expect((await post("/api/v1/auth/token", { "Content-Type": "application/json;charset=UTF-8" })).status()).toBe(201);
    await api.dispose();
  });
});

test.describe("[SECURITY] 7: Server Actions only from this site's pages", () => {
  test("a replayed action with a missing, null or foreign Origin gets 403 and changes nothing", async ({ page, context, baseURL }) => {
    const username = await freshUser(["uploader"]);
    await apiSignIn(context, username, PASSWORD);
    await page.goto("/profile");
    const action = await captureAction(page, "/profile", async () => {
      await page.getByLabel("令牌名称（用途）").fill("forged");
      await page.getByRole("button", { name: "创建令牌" }).click();
      await expect(page.getByTestId("new-token")).toBeVisible();
    });
    const tokens = async () => (await testDb().query(`SELECT count(*)::int AS n FROM api_token t JOIN "user" u ON u.id = t.user_id WHERE u.username = $1`, [username])).rows[0].n;
    expect(await tokens()).toBe(1);
    const state = await context.storageState();
    const port = Number(new URL(baseURL!).port);

    const forgeries: [string, Record<string, string>, string?][] = [
      ["no Origin", {}],
      ["no Origin, same-origin fetch metadata", { "Sec-Fetch-Site": "same-origin" }],
      ["Origin null", { Origin: "null" }],
      ["another site", { Origin: "https://evil.example" }],
      ["another port", { Origin: `http://127.0.0.1:${port + 1}` }],
      ["another scheme", { Origin: `https://127.0.0.1:${port}` }],
      ["a path with a dot", { Origin: "https://evil.example" }, "/profile.x"],
      ["another page", {}, "/uploads"],
    ];
    for (const [what, headers, url] of forgeries) {
      const r = await replayAction(baseURL!, action, state, headers, url);
      expect(r.status, what).toBe(403);
      expect(r.text, what).not.toContain("sdm_");
    }
    expect(await tokens(), "no forged post created a token").toBe(1);

    // the same request from the site itself is the real one and goes through
    const real = await replayAction(baseURL!, action, state, { Origin: baseURL! });
    expect(real.status).toBe(200);
    expect(await tokens()).toBe(2);
  });
});
