// The findings of the security review (issue 15: 3, 5, 8) about credentials, tried the way an
// attacker would, through HTTP and a real browser: tokens and sessions end when they should,
// and the cookie-sealing secret is kept out of the database. Each test uses users of its own
// (the demo users' passwords and sessions are shared by every other spec).
import { statSync } from "node:fs";
import path from "node:path";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { apiSignIn, requestAs } from "./helpers/auth";
import { freshUser, PASSWORD } from "./helpers/fresh-user";
import { testDb } from "./helpers/db";
import { withCookies } from "./helpers/replay-action";

async function tokenNamed(baseURL: string, username: string, name: string, password = PASSWORD): Promise<string> {
  const ctx = await request.newContext({ baseURL });
  const res = await ctx.post("/api/v1/auth/token", { data: { username, password, name } });
  expect(res.status()).toBe(201);
  const { token } = await res.json();
  await ctx.dispose();
  return token;
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
