import { expect, test } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { apiSignIn, requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { auditActions, callAs, stageCsv, waitUntil } from "./helpers/workflow";
import { futureQuarter } from "./helpers/demo-periods";

// A value that appears nowhere else, so that its absence from public output means something,
// for a quarter the demo has no data for (released or waiting).
const MARK = `${7000 + (Date.now() % 1000)}.123`;
let Q = "";
test.beforeAll(async () => {
  Q = await futureQuarter();
});

async function publicTexts(request: import("@playwright/test").APIRequestContext): Promise<string> {
  const urls = [
    "/",
    "/en",
    "/releases",
    "/feeds/releases",
    "/api/v1/observations?indicator=DE010&format=json&limit=10000",
    "/api/v1/observations?indicator=DE010&format=csv",
    "/api/v1/observations?indicator=DE010&region=210100&last=4&format=json",
  ];
  const out: string[] = [];
  for (const u of urls) {
    const res = await request.get(u);
    expect(res.status(), u).toBe(200);
    out.push(`${u}\n${await res.text()}`);
  }
  return out.join("\n");
}

test("[WORKFLOW]: upload → submit → four eyes → approve into a release → public only from its time", async ({ page, context, baseURL, request }) => {
  const id = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210100,${Q},${MARK}\nDE010,210102,${Q},17\n`);

  // 1. the uploader submits through the batch page
  await apiSignIn(context, "uploader");
  await page.goto(`/uploads/${id}`);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("batch-actions").getByRole("status")).toHaveText("已提交审核。");

  // 2. the same uploader cannot approve: the API refuses by role
  const own = await callAs(baseURL!, "uploader", `/api/v1/batches/${id}/approve`, { releaseAt: new Date(Date.now() + 60_000).toISOString() });
  expect(own.status).toBe(403);

  // 3. the reviewer approves it into a planned release a few seconds ahead
  const releaseAt = new Date(Date.now() + 20_000);
  const { rows } = await testDb().query<{ id: number }>(
    `INSERT INTO release (title_zh, title_en, period, release_at, updated_at) VALUES ($2, 'Test release', $3, $1, now()) RETURNING id`,
    [releaseAt, `${Q} 测试发布`, Q],
  );
  await context.clearCookies();
  await apiSignIn(context, "reviewer");
  await page.goto(`/review/${id}`);
  await expect(page.getByTestId("review-uploader")).toContainText("统计员");
  await page.getByLabel("加入已排期的发布").selectOption(String(rows[0].id));
  await page.getByRole("button", { name: "批准" }).click();
  await expect(page.getByTestId("review-outcome")).toContainText("已批准（待发布）");
  await expect(page.getByTestId("review-outcome")).toContainText(`${Q} 测试发布`);

  // 4. before the release time nothing public shows the value or the new period
  const before = await publicTexts(request);
  expect(before).not.toContain(MARK);
  expect(before).not.toMatch(new RegExp(`${Q}[^\\n]*7\\d{3}\\.123`));

  // 5. after it, the public pages and API show it
  await waitUntil(releaseAt);
  const after = await publicTexts(request);
  expect(after).toContain(MARK);

  // the uploader sees the outcome on the batches list
  await context.clearCookies();
  await apiSignIn(context, "uploader");
  await page.goto("/uploads");
  await expect(page.locator(`tr[data-batch-id="${id}"]`)).toHaveAttribute("data-status", "released");
  expect(await auditActions(id)).toEqual(expect.arrayContaining(["batch.staged", "batch.submitted", "batch.approved"]));
});

test("[WORKFLOW]: a reviewer who uploaded a batch cannot approve it, in the UI or the API", async ({ page, context, baseURL }) => {
  const username = `both${Date.now().toString(36)}`;
  await testDb().query(`INSERT INTO "user" (username, display_name, password_hash, roles, updated_at) VALUES ($1, '兼任', $2, '{uploader,reviewer}', now())`, [
    username,
    await hash("a-long-password-1"),
  ]);
  const id = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210103,${Q},${Date.now() % 9999}\n`, { username, password: "a-long-password-1" });
  const api = await requestAs(baseURL!);
  await api.post("/api/v1/auth/session", { data: { username, password: "a-long-password-1" } });
  expect((await api.post(`/api/v1/batches/${id}/submit`)).status()).toBe(200);
  const res = await api.post(`/api/v1/batches/${id}/approve`, { data: { releaseAt: new Date(Date.now() + 3600_000).toISOString() } });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.message).toContain("双人复核");
  await api.dispose();

  await context.request.post("/api/v1/auth/session", { data: { username, password: "a-long-password-1" } });
  await page.goto(`/review/${id}`);
  await expect(page.getByTestId("own-batch")).toBeVisible();
  await expect(page.getByTestId("approve-form")).toHaveCount(0);
  expect(await auditActions(id)).toEqual(["batch.staged", "batch.submitted"]);
});

test("[WORKFLOW]: two reviewers approving the same batch at once: exactly one wins", async ({ baseURL }) => {
  await testDb().query(`INSERT INTO "user" (username, display_name, password_hash, roles, updated_at) VALUES ('reviewer2', '第二审核人', $1, '{reviewer}', now()) ON CONFLICT DO NOTHING`, [
    await hash("a-long-password-1"),
  ]);
  const id = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210104,${Q},${Date.now() % 9999}\n`);
  expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${id}/submit`)).status).toBe(200);
  const body = { releaseAt: new Date(Date.now() + 3600_000).toISOString() };
  const [tokenA, tokenB] = await Promise.all([
    requestAs(baseURL!).then(async (c) => (await c.post("/api/v1/auth/token", { data: { username: "reviewer", password: "demo-2025" } })).json()),
    requestAs(baseURL!).then(async (c) => (await c.post("/api/v1/auth/token", { data: { username: "reviewer2", password: "a-long-password-1" } })).json()),
  ]);
  const api = await requestAs(baseURL!);
  const results = await Promise.all(
    [tokenA.token, tokenB.token].map((t) => api.post(`/api/v1/batches/${id}/approve`, { headers: { Authorization: `Bearer ${t}` }, data: body })),
  );
  expect(results.map((r) => r.status()).sort()).toEqual([200, 409]);
  expect((await auditActions(id)).filter((a) => a === "batch.approved")).toHaveLength(1);
  await api.dispose();
});

test("[WORKFLOW]: reject needs a reason and returns the batch to its uploader; withdraw works before release", async ({ baseURL }) => {
  const id = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210105,${Q},${Date.now() % 9999}\n`);
  expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${id}/submit`)).status).toBe(200);
  expect((await callAs(baseURL!, "reviewer", `/api/v1/batches/${id}/reject`, {})).status).toBe(400);
  const rejected = await callAs(baseURL!, "reviewer", `/api/v1/batches/${id}/reject`, { reason: "和平区数据与全市不一致" });
  expect(rejected.status).toBe(200);
  expect(rejected.body).toMatchObject({ status: "rejected", rejectReason: "和平区数据与全市不一致" });
  // a rejected batch cannot be submitted again: the file is fixed and uploaded anew
  expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${id}/submit`)).status).toBe(409);

  const id2 = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210106,${Q},${Date.now() % 9999}\n`);
  const w = await callAs(baseURL!, "uploader", `/api/v1/batches/${id2}/withdraw`);
  expect(w.body).toMatchObject({ status: "withdrawn" });
  expect(await auditActions(id)).toEqual(["batch.staged", "batch.submitted", "batch.rejected"]);
  expect(await auditActions(id2)).toEqual(["batch.staged", "batch.withdrawn"]);
});
