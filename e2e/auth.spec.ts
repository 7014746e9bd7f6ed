import { expect, test } from "@playwright/test";
import { apiSignIn, bearerToken, DEMO_PASSWORD, requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";

test("[AUTH]: sign in through the form, land where you were going, sign out", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers/);
  await page.getByLabel("用户名").fill("admin");
  await page.getByLabel("密码").fill("wrong-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("#sign-in-error")).toHaveText("用户名或密码不正确。");

  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { name: "用户管理" })).toBeVisible();

  const cookie = (await page.context().cookies()).find((c) => c.name === "sdm_session")!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");

  await page.getByRole("button", { name: /退出登录/ }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login\?next=/);
});

test("[AUTH]: an uploader opening an admin page gets the 403 page", async ({ page, context }) => {
  await apiSignIn(context, "uploader");
  const res = await page.goto("/admin/users");
  expect(res?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toContainText("无权访问");
});

test("[AUTH]: the sign-in page works in English", async ({ page }) => {
  await page.goto("/en/login");
  await expect(page.getByRole("heading", { name: "Staff sign-in" })).toBeVisible();
  await expect(page.getByLabel("Username")).toBeVisible();
});

test("[AUTH]: six wrong passwords in a row are throttled, in the form and the API", async ({ page, baseURL }) => {
  // a user of its own, so that the lock-out does not touch other tests
  const username = `throttle${Date.now().toString(36)}`;
  await testDb().query(
    `INSERT INTO "user" (username, display_name, password_hash, roles, updated_at) VALUES ($1, 'T', 'x', '{leader}', now())`,
    [username],
  );
  const api = await requestAs(baseURL!);
  for (let i = 0; i < 5; i++) {
    const r = await api.post("/api/v1/auth/token", { data: { username, password: `wrong${i}` } });
    expect(r.status()).toBe(401);
  }
  const sixth = await api.post("/api/v1/auth/token", { data: { username, password: "wrong5" } });
  expect(sixth.status()).toBe(429);
  expect(Number(sixth.headers()["retry-after"])).toBeGreaterThan(800);

  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill("whatever");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("#sign-in-error")).toContainText("登录失败次数过多");

  // an unknown username is throttled the same way
  const ghost = `ghost${Date.now().toString(36)}`;
  for (let i = 0; i < 5; i++) await api.post("/api/v1/auth/token", { data: { username: ghost, password: "x" } });
  expect((await api.post("/api/v1/auth/token", { data: { username: ghost, password: "x" } })).status()).toBe(429);
  await api.dispose();
});

test("[AUTH]: an API token works as Bearer and stops working once revoked on the profile page @smoke", async ({ page, context, baseURL }) => {
  const token = await bearerToken(baseURL!, "reviewer");
  const api = await requestAs(baseURL!);
  const me = await api.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ username: "reviewer", roles: ["reviewer"], via: "token" });
  // the token carries the user's roles: a reviewer cannot read the audit trail
  expect((await api.get("/api/v1/audit", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(403);
  const { rows } = await testDb().query("SELECT token_hash FROM api_token WHERE prefix = $1", [token.slice(0, 10)]);
  expect(rows[0].token_hash).not.toContain(token); // only the hash is stored

  await apiSignIn(context, "reviewer");
  await page.goto("/profile");
  const row = page.getByTestId("token-table").locator(`tr:has(code:text("${token.slice(0, 10)}"))`);
  await row.getByRole("button", { name: "吊销" }).click();
  await expect(row).toContainText("已吊销");
  expect((await api.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
  await api.dispose();
});

test("[AUDIT]: the audit page lists sign-ins, failures and token events", async ({ page, context }) => {
  await apiSignIn(context, "admin");
  await page.goto("/admin/audit");
  const table = page.getByTestId("audit-table");
  for (const action of ["auth.sign_in", "auth.sign_in_failed", "token.created", "token.revoked"]) {
    await expect(table.locator(`tr[data-action="${action}"]`).first()).toBeVisible();
  }
  await page.goto("/admin/audit?action=auth.sign_in_throttled");
  await expect(page.getByTestId("audit-table").locator("tbody tr").first()).toHaveAttribute("data-action", "auth.sign_in_throttled");
  const csv = await context.request.get("/api/v1/audit?format=csv&action=auth.sign_in");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).startsWith("\uFEFFid,at,actor,action")).toBe(true);
});

test("[USERS]: an admin creates a user who can then sign in; the last admin cannot be removed", async ({ page, context, baseURL }) => {
  await apiSignIn(context, "admin");
  await page.goto("/admin/users");
  const username = `staff${Date.now().toString(36)}`;
  const form = page.getByTestId("create-user-form");
  await form.getByLabel("用户名").fill(username);
  await form.getByLabel("姓名").fill("新同事");
  await form.getByLabel("初始密码").fill("a-long-password-1");
  await form.getByLabel("数据上传").check();
  await form.getByRole("button", { name: "创建用户" }).click();
  await expect(form.getByRole("status")).toContainText(`已创建用户 ${username}`);
  const fresh = await requestAs(baseURL!);
  expect((await fresh.post("/api/v1/auth/session", { data: { username, password: "a-long-password-1" } })).status()).toBe(200);
  expect(await (await fresh.get("/api/v1/me")).json()).toMatchObject({ username, roles: ["uploader"] });
  await fresh.dispose();

  // the demo admin is the only admin: taking away its admin role is refused
  const row = page.getByTestId("users-table").locator('tr[data-username="admin"]');
  await row.getByLabel("系统管理").uncheck();
  await row.getByLabel("领导查看").check();
  await row.getByRole("button", { name: "保存角色" }).click();
  await expect(row.getByRole("status")).toContainText("至少需要保留一名可用的系统管理员");
  const { rows } = await testDb().query(`SELECT roles::text[] AS roles FROM "user" WHERE username = 'admin'`);
  expect(rows[0].roles).toContain("admin");
});
