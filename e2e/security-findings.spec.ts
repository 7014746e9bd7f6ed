// The findings of the security review (issue 15: 3, 5–9), tried the way an attacker would,
// through HTTP and a real browser. Each test uses users of its own (the demo users' passwords
// and sessions are shared by every other spec).
import { statSync } from "node:fs";
import path from "node:path";
import { expect, request, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { apiSignIn, bearerToken, requestAs } from "./helpers/auth";
import { freshUser, PASSWORD, signIns } from "./helpers/fresh-user";
import { testDb } from "./helpers/db";
import { futureQuarter } from "./helpers/demo-periods";
import { stageCsv } from "./helpers/workflow";

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

async function tokenNamed(baseURL: string, username: string, name: string, password = PASSWORD): Promise<string> {
  const ctx = await request.newContext({ baseURL });
  const res = await ctx.post("/api/v1/auth/token", { data: { username, password, name } });
  expect(res.status()).toBe(201);
  const { token } = await res.json();
  await ctx.dispose();
  return token;
}

/** A request context holding a copy of a browser's cookies (a stolen or replayed cookie). */
async function withCookies(baseURL: string, state: StorageState, headers: Record<string, string> = {}): Promise<APIRequestContext> {
  return request.newContext({ baseURL, storageState: state, extraHTTPHeaders: headers });
}

async function status(ctx: APIRequestContext, url: string, token?: string): Promise<number> {
  return (await ctx.get(url, { headers: token ? { Authorization: `Bearer ${token}` } : {}, maxRedirects: 0 })).status();
}

test.describe("[SECURITY] 3: API tokens end with the password they were made with", () => {
  test("changing one's password ends the user's tokens and other sessions, and says which tokens ended", async ({ page, context, baseURL }) => {
    const username = await freshUser(["uploader"]);
    const scripted = await tokenNamed(baseURL!, username, "夜间上传");
    const otherDevice = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
    await apiSignIn(otherDevice, username, PASSWORD);

    // a token made in the browser, with the session cookie
    await apiSignIn(context, username, PASSWORD);
    await page.goto("/profile");
    await page.getByLabel("令牌名称（用途）").fill("表单令牌");
    await page.getByRole("button", { name: "创建令牌" }).click();
    const fromForm = (await page.getByTestId("new-token").textContent())!.trim();
    const api = await requestAs(baseURL!);
    expect(await status(api, "/api/v1/me", scripted)).toBe(200);
    expect(await status(api, "/api/v1/me", fromForm)).toBe(200);
    const cookieBefore = await context.storageState();

    await page.getByLabel("当前密码").fill(PASSWORD);
    await page.getByLabel("新密码（至少10位）").fill("second-password-2");
    await page.getByLabel("确认新密码").fill("second-password-2");
    await page.getByRole("button", { name: "修改密码" }).click();
    const said = page.locator("form").filter({ has: page.getByLabel("当前密码") }).getByRole("status");
    await expect(said).toContainText("密码已修改");
    await expect(said).toContainText("夜间上传");
    await expect(said).toContainText("表单令牌");

    expect(await status(api, "/api/v1/me", scripted), "token made by a script before the change").toBe(401);
    expect(await status(api, "/api/v1/me", fromForm), "token made with the session cookie before the change").toBe(401);
    expect(await status(otherDevice, "/api/v1/me"), "the user's other device").toBe(401);
    const replay = await withCookies(baseURL!, cookieBefore);
    expect(await status(replay, "/api/v1/me"), "this browser's cookie from before the change").toBe(401);

    // this browser stays signed in, and the token list says which tokens ended and why
    await page.reload();
    const table = page.getByTestId("token-table");
    for (const name of ["夜间上传", "表单令牌"]) await expect(table.locator("tr", { hasText: name })).toContainText("已失效：密码已修改");
    await expect(page.getByTestId("ended-tokens")).toContainText("您修改了密码");
    await expect(page.getByTestId("ended-tokens")).toContainText("夜间上传");
    // a token made with the new password works
    expect(await status(api, "/api/v1/me", await tokenNamed(baseURL!, username, "新令牌", "second-password-2"))).toBe(200);
    for (const c of [api, otherDevice, replay]) await c.dispose();
  });

  test("an administrator's reset ends the user's tokens and sessions; the administrator and then the user are told which", async ({ browser, baseURL }) => {
    const username = await freshUser(["uploader"]);
    const token = await tokenNamed(baseURL!, username, "ETL 脚本");
    const userSession = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
    await apiSignIn(userSession, username, PASSWORD);

    const adminContext = await browser.newContext();
    await apiSignIn(adminContext, "admin");
    const admin = await adminContext.newPage();
    await admin.goto("/admin/users");
    const row = admin.getByTestId("users-table").locator(`tr[data-username="${username}"]`);
    await row.getByLabel("新密码").fill("reset-password-3");
    await row.getByRole("button", { name: "重置密码" }).click();
    await expect(row.getByRole("status")).toContainText("已保存");
    await expect(row.getByRole("status")).toContainText("ETL 脚本");

    const api = await requestAs(baseURL!);
    expect(await status(api, "/api/v1/me", token)).toBe(401);
    expect(await status(userSession, "/api/v1/me")).toBe(401);

    const userContext = await browser.newContext();
    await apiSignIn(userContext, username, "reset-password-3");
    const mine = await userContext.newPage();
    await mine.goto("/profile");
    await expect(mine.getByTestId("ended-tokens")).toContainText("管理员重置了您的密码");
    await expect(mine.getByTestId("ended-tokens")).toContainText("ETL 脚本");
    await expect(mine.getByTestId("token-table").locator("tr", { hasText: "ETL 脚本" })).toContainText("已失效：管理员重置了密码");
    for (const c of [api, userSession]) await c.dispose();
    await adminContext.close();
    await userContext.close();
  });
});

test.describe("[SECURITY] 5: signing out ends the session on the server", () => {
  test("a copy of the cookie is refused after DELETE /api/v1/auth/session; the user's other device stays signed in", async ({ baseURL }) => {
    const username = await freshUser(["uploader"]);
    const device = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
    const otherDevice = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
    await apiSignIn(device, username, PASSWORD);
    await apiSignIn(otherDevice, username, PASSWORD);
    const stolen = await withCookies(baseURL!, await device.storageState());
    expect(await status(stolen, "/api/v1/me")).toBe(200);

    expect((await device.delete("/api/v1/auth/session")).status()).toBe(204);
    expect(await status(stolen, "/api/v1/me"), "the replayed cookie on the API").toBe(401);
    const page = await stolen.get("/profile", { maxRedirects: 0 });
    expect(page.status(), "the replayed cookie on a staff page").toBe(307);
    expect(page.headers().location).toContain("/login");
    expect(await status(otherDevice, "/api/v1/me"), "signing out on one device leaves the others").toBe(200);
    for (const c of [device, otherDevice, stolen]) await c.dispose();
  });

  test("signing in again ends the session the browser had: a copy of the earlier cookie is refused", async ({ baseURL }) => {
    const username = await freshUser(["leader"]);
    const browser = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
    await apiSignIn(browser, username, PASSWORD);
    const earlier = await withCookies(baseURL!, await browser.storageState());
    await apiSignIn(browser, username, PASSWORD);
    expect(await status(browser, "/api/v1/me")).toBe(200);
    expect(await status(earlier, "/api/v1/me")).toBe(401);
    await browser.dispose();
    await earlier.dispose();
  });

  test("the sign-out button ends the session: the cookie it had is refused afterwards", async ({ page, context, baseURL }) => {
    const username = await freshUser(["reviewer"]);
    await apiSignIn(context, username, PASSWORD);
    await page.goto("/review");
    const copy = await context.storageState();
    await page.getByRole("button", { name: /退出登录/ }).click();
    await expect(page).toHaveURL(/\/login$/);
    const replay = await withCookies(baseURL!, copy);
    expect(await status(replay, "/api/v1/me")).toBe(401);
    expect(await status(replay, "/review")).toBe(307);
    await replay.dispose();
  });
});

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

/** A Server Action request as the browser sent it, to replay with other headers. */
type CapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

async function captureAction(page: Page, pathname: string, submit: () => Promise<void>, opts: { abort?: boolean } = {}): Promise<CapturedAction> {
  let captured: CapturedAction | null = null;
  await page.route(`**${pathname}`, async (route) => {
    const r = route.request();
    if (r.method() === "POST" && r.headers()["next-action"]) {
      captured = { url: new URL(r.url()).pathname, headers: r.headers(), body: r.postDataBuffer()! };
      if (opts.abort) return route.abort();
    }
    return route.continue();
  });
  await submit();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute(`**${pathname}`);
  return captured!;
}

async function replayAction(baseURL: string, action: CapturedAction, state: StorageState, headers: Record<string, string>, url = action.url) {
  const ctx = await withCookies(baseURL, state);
  const h = Object.fromEntries(Object.entries(action.headers).filter(([k]) => !["origin", "cookie", "content-length", "host", "referer"].includes(k) && !k.startsWith("sec-fetch")));
  const res = await ctx.fetch(url, { method: "POST", headers: { ...h, ...headers }, data: action.body, maxRedirects: 0 });
  const out = { status: res.status(), text: await res.text() };
  await ctx.dispose();
  return out;
}

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

test.describe("[SECURITY] 8: the cookie-sealing secret is not in the database", () => {
  test("no secret is stored in the settings; the embedded installation keeps it in a 0600 file beside its data", async ({ baseURL }) => {
    const api = await requestAs(baseURL!, "leader"); // a sealed cookie has been made
    expect(await status(api, "/api/v1/me")).toBe(200);
    const { rows } = await testDb().query(`SELECT key FROM setting WHERE key ILIKE '%secret%' OR value::text ~ '"[A-Za-z0-9_-]{40,}"'`);
    expect(rows).toEqual([]);
    if (!process.env.DATABASE_URL) {
      const file = path.join(path.dirname(path.resolve(process.env.EMBEDDED_PG_DIR ?? ".data/pg")), "session-secret");
      expect(statSync(file).mode & 0o777).toBe(0o600);
    }
    await api.dispose();
  });
});

test.describe("[SECURITY] 9: edges", () => {
  test("malformed percent-encoding answers 400: the site's page for pages, JSON naming the parameter for the API", async ({ request, page }) => {
    for (const [url, text] of [
      ["/indicators/%ff", "地址无效"],
      ["/en/indicators/%ff", "Invalid address"],
      ["/regions/%E0%A4%A", "地址无效"],
      ["/%C0%AF", "地址无效"],
    ]) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(400);
      expect(res.headers()["content-type"]).toContain("text/html");
      expect(await res.text()).toContain(text);
    }
    const shown = await page.goto("/en/indicators/%ff");
    expect(shown?.status()).toBe(400);
    await expect(page.getByRole("heading", { name: "Invalid address" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Indicator catalogue" })).toHaveAttribute("href", "/en/indicators");

    for (const [url, name, method] of [
      ["/api/v1/indicators/%ff", "code", "GET"],
      ["/api/v1/indicators/DE001%ff", "code", "GET"],
      ["/api/v1/batches/%ff", "id", "GET"],
      ["/api/v1/batches/%ff/submit", "id", "POST"],
      ["/feeds/indicators/%ff", null, "GET"],
    ] as const) {
      const res = await request.fetch(url, { method });
      expect(res.status(), url).toBe(400);
      if (name) expect((await res.json()).error, url).toMatchObject({ code: "invalid_parameter", parameter: name });
    }
  });

  test("submit or withdraw on another uploader's batch answers exactly as a missing id", async ({ baseURL }) => {
    const id = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210103,${await futureQuarter(2)},${Date.now() % 9999}\n`);
    const other = await freshUser(["uploader"]);
    const token = await bearerToken(baseURL!, other, PASSWORD);
    const api = await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    const missing = 2_000_000_000;
    for (const op of ["submit", "withdraw"]) {
      const theirs = await api.post(`/api/v1/batches/${id}/${op}`);
      const none = await api.post(`/api/v1/batches/${missing}/${op}`);
      expect(theirs.status(), op).toBe(404);
      expect(none.status(), op).toBe(404);
      expect(JSON.stringify(await theirs.json()).replaceAll(String(id), "N"), op).toBe(JSON.stringify(await none.json()).replaceAll(String(missing), "N"));
    }
    const { rows } = await testDb().query(`SELECT status::text FROM batch WHERE id = $1`, [id]);
    expect(rows[0].status).toBe("STAGED");
    await api.dispose();
  });

  test("a leader calling approve, by the API or the review page's action, is told it is not permitted", async ({ page, context, baseURL }) => {
    const id = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210104,${await futureQuarter(2)},${Date.now() % 9999}\n`);
    const uploader = await requestAs(baseURL!, "uploader");
    expect((await uploader.post(`/api/v1/batches/${id}/submit`)).status()).toBe(200);
    const leader = await requestAs(baseURL!, "leader");
    const byApi = await leader.post(`/api/v1/batches/${id}/approve`, { data: { releaseAt: new Date(Date.now() + 86400_000).toISOString() } });
    expect(byApi.status()).toBe(403);
    expect((await byApi.json()).error.message).toContain("无权限");

    // the approve action as the review page sends it (captured from a reviewer, not delivered), replayed with the leader's cookie
    await apiSignIn(context, "reviewer");
    await page.goto(`/review/${id}`);
    const action = await captureAction(
      page,
      `/review/${id}`,
      async () => {
        await page.getByLabel("或指定发布时间（北京时间）").fill("2031-01-01T10:00");
        await page.getByRole("button", { name: "批准" }).click();
      },
      { abort: true },
    );
    const leaderState = await leader.storageState();
    const r = await replayAction(baseURL!, action, leaderState, { Origin: baseURL! });
    expect(r.text).toContain("无权限");
    expect(r.text).not.toContain("双人复核");
    const { rows } = await testDb().query(`SELECT status::text FROM batch WHERE id = $1`, [id]);
    expect(rows[0].status).toBe("SUBMITTED");
    await uploader.dispose();
    await leader.dispose();
  });
});
