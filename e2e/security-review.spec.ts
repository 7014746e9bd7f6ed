// The security review of issue 20, tried as an attacker would. Each test proves one rule under
// the paths that reach it (API, a change in between).
import { expect, request, test } from "@playwright/test";
import { API_ACCESS } from "../lib/auth/route-access";
import { apiSignIn, requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { futureQuarter } from "./helpers/demo-periods";
import { freshUser, PASSWORD } from "./helpers/fresh-user";
import { callAs, stageCsv, waitUntil } from "./helpers/workflow";

async function tokenOf(baseURL: string, username: string): Promise<string> {
  const ctx = await request.newContext({ baseURL });
  const res = await ctx.post("/api/v1/auth/token", { data: { username, password: PASSWORD, name: "review" } });
  expect(res.status()).toBe(201);
  const { token } = await res.json();
  await ctx.dispose();
  return token;
}

const batchStatus = async (id: number) => (await testDb().query(`SELECT status::text AS s FROM batch WHERE id = $1`, [id])).rows[0].s as string;

test.describe("[SECURITY] four eyes under every path", () => {
  test("an uploader later given the reviewer role cannot approve or reject their own batch: by the API after the role change", async ({ baseURL }) => {
    const username = await freshUser(["uploader"]);
    const q = await futureQuarter(5);
    const id = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210105,${q},${Date.now() % 9999}\n`, { username, password: PASSWORD });
    const token = await tokenOf(baseURL!, username);
    const api = await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    expect((await api.post(`/api/v1/batches/${id}/submit`)).status()).toBe(200);

    // the role change between upload and approval (roles are read per request)
    await testDb().query(`UPDATE "user" SET roles = '{uploader,reviewer}' WHERE username = $1`, [username]);
    const approve = await api.post(`/api/v1/batches/${id}/approve`, { data: { releaseAt: new Date(Date.now() + 86400_000).toISOString() } });
    expect(approve.status()).toBe(403);
    expect((await approve.json()).error.message).toContain("双人复核");
    const reject = await api.post(`/api/v1/batches/${id}/reject`, { data: { reason: "自己退回" } });
    expect(reject.status()).toBe(403);

    expect(await batchStatus(id)).toBe("SUBMITTED");
    await api.dispose();
  });

  test("an uploader an administrator then makes a reviewer cannot approve or reject their own batch through the review page's forms", async ({ browser, baseURL }) => {
    const username = await freshUser(["uploader"]);
    const q = await futureQuarter(5);
    const own = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210106,${q},${Date.now() % 9999}\n`, { username, password: PASSWORD });
    const ctx = await browser.newContext({ baseURL });
    await apiSignIn(ctx, username, PASSWORD);
    expect((await ctx.request.post(`/api/v1/batches/${own}/submit`, { headers: { Origin: baseURL! } })).status()).toBe(200);
    // someone else's submitted batch: its review page carries the forms the user will aim at their own
    const theirs = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210111,${q},${Date.now() % 9999}\n`);
    expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${theirs}/submit`)).status).toBe(200);

    // the administrator gives the user the reviewer role on the users page
    const adminCtx = await browser.newContext({ baseURL });
    await apiSignIn(adminCtx, "admin");
    const admin = await adminCtx.newPage();
    await admin.goto("/admin/users");
    const row = admin.getByTestId("users-table").locator(`tr[data-username="${username}"]`);
    await row.getByLabel("审核发布").check();
    await row.getByRole("button", { name: "保存角色" }).click();
    await expect(row.getByRole("status").first()).toContainText("已保存");
    expect((await testDb().query(`SELECT roles::text[] AS r FROM "user" WHERE username = $1`, [username])).rows[0].r).toEqual(["uploader", "reviewer"]);
    await adminCtx.close();

    const page = await ctx.newPage();
    await page.goto(`/review/${own}`);
    await expect(page.getByTestId("own-batch")).toBeVisible();
    await expect(page.getByTestId("approve-form")).toHaveCount(0);
    const audits = async () => (await testDb().query(`SELECT action FROM audit_event WHERE entity_type = 'batch' AND entity_id = $1 ORDER BY id`, [String(own)])).rows.map((r) => r.action);
    const before = await audits();

    // the forms of the other batch's page, their batch id changed to the user's own
    const aimAtOwn = async () => {
      await page.goto(`/review/${theirs}`);
      // after hydration: React would otherwise put the page's own id back, or the click post the form without script
      await page.waitForLoadState("networkidle");
      await page.locator('input[type=hidden][name="batchId"]').evaluateAll((inputs, id) => inputs.forEach((i) => ((i as HTMLInputElement).value = id)), String(own));
    };
    await aimAtOwn();
    await page.getByLabel("或指定发布时间（北京时间）").fill("2031-01-01T10:00");
    for (const box of await page.getByTestId("approve-form").getByRole("checkbox").all()) await box.check();
    await page.getByRole("button", { name: "批准", exact: true }).click();
    await expect(page.getByTestId("approve-form").getByRole("status")).toContainText("双人复核");
    await aimAtOwn();
    await page.getByLabel("退回原因").fill("自己退回自己");
    await page.getByRole("button", { name: "退回上传人" }).click();
    await expect(page.getByTestId("reject-form").getByRole("status")).toContainText("不能审核自己上传的批次");

    expect(await batchStatus(own)).toBe("SUBMITTED");
    expect(await batchStatus(theirs), "the other batch is untouched too").toBe("SUBMITTED");
    expect(await audits()).toEqual(before);
    await ctx.close();
  });
});

test.describe("[SECURITY] API tokens: revocation and role changes act at once", () => {
  test("a revoked token is refused on its next request; a token loses a role the moment its user does", async ({ browser, baseURL }) => {
    const username = await freshUser(["uploader", "reviewer"]);
    const token = await tokenOf(baseURL!, username);
    const api = await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    expect((await api.get("/api/v1/batches")).status()).toBe(200);

    // the role taken away: the token's next upload is refused, while reading goes on
    await testDb().query(`UPDATE "user" SET roles = '{reviewer}' WHERE username = $1`, [username]);
    const upload = await api.post("/api/v1/batches", { multipart: { file: { name: "t.csv", mimeType: "text/csv", buffer: Buffer.from("指标代码,地区代码,时期,数值\n") } } });
    expect(upload.status()).toBe(403);
    expect((await api.get("/api/v1/batches")).status()).toBe(200);

    // revoked on the profile page: refused at once, on every route
    const ctx = await browser.newContext({ baseURL });
    await apiSignIn(ctx, username, PASSWORD);
    const page = await ctx.newPage();
    await page.goto("/profile");
    await page.getByTestId("token-table").getByRole("button", { name: "吊销" }).first().click();
    await expect(page.getByTestId("token-table")).toContainText("已吊销");
    for (const url of ["/api/v1/me", "/api/v1/batches", `/api/v1/schedule`]) expect((await api.get(url)).status(), url).toBe(401);
    expect((await api.post("/api/v1/batches/1/approve", { data: { releaseId: 1 } })).status()).toBe(401);
    await ctx.close();
    await api.dispose();
  });
});

test.describe("[SECURITY] CSRF on every cookie-authenticated route handler", () => {
  test("each state-changing method of the route table, with the session cookie and no Origin or another site's, is refused and changes nothing", async ({ baseURL }) => {
    const signedIn = await requestAs(baseURL!, "admin");
    const state = await signedIn.storageState();
    await signedIn.dispose();
    const audits = async () => Number((await testDb().query(`SELECT count(*) AS n FROM audit_event WHERE action NOT LIKE 'auth.%'`)).rows[0].n);
    const before = await audits();
    let checked = 0;
    for (const [route, rule] of Object.entries(API_ACCESS)) {
      // signing in and making a token are not cookie-authenticated (e2e/security-origin.spec.ts, 6);
      // the catch-all answers 404 to everything
      if (route === "/api/v1/auth/token" || route.includes("[...")) continue;
      const url = route.replace(/\[(\w+)\]/g, (_, k: string) => rule.sample?.[k] ?? "1");
      for (const method of (rule.methods ?? []).filter((m) => !["GET", "HEAD", "OPTIONS"].includes(m))) {
        if (route === "/api/v1/auth/session" && method === "POST") continue;
        for (const [what, headers] of [
          ["no Origin", {}],
          ["another site", { Origin: "https://evil.example" }],
          ["no Origin, cross-site fetch metadata", { "Sec-Fetch-Site": "cross-site" }],
          ["Origin null", { Origin: "null" }],
        ] as const) {
          const ctx = await request.newContext({ baseURL, storageState: state, extraHTTPHeaders: headers });
          const res = await ctx.fetch(url, { method, data: {}, maxRedirects: 0 });
          expect(res.status(), `${method} ${url}, ${what}`).toBe(403);
          expect((await res.json()).error.code, `${method} ${url}, ${what}`).toBe("csrf");
          await ctx.dispose();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4 * 6);
    expect(await audits(), "nothing changed").toBe(before);
    const still = await request.newContext({ baseURL, storageState: state });
    expect((await still.get("/api/v1/me")).status(), "the session was not ended by a forged sign-out").toBe(200);
    await still.dispose();
  });
});

test.describe("[SECURITY] embargo under caching", () => {
  test("a client holding an ETag from before a release gets the released value after it, and after a revision the revised one: never a 304", async ({ baseURL }) => {
    test.setTimeout(180_000);
    const q = await futureQuarter(6);
    const api = await request.newContext({ baseURL });
    const url = `/api/v1/observations?indicator=DE010&region=210104&from=${q}&to=${q}&format=json`;
    const pageUrl = "/indicators/DE010";
    const get = (u: string, etag?: string) => api.get(u, { headers: etag ? { "If-None-Match": etag } : {} });
    const release = async (id: number, reason?: string) => {
      const approved = await callAs(baseURL!, "reviewer", `/api/v1/batches/${id}/approve`, { releaseAt: new Date(Date.now() + 3600_000).toISOString(), ...(reason ? { revisionReason: reason } : {}) });
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
      return Number((await testDb().query(`SELECT release_id FROM batch WHERE id = $1`, [id])).rows[0].release_id);
    };
    const publish = async (releaseId: number) => {
      const at = new Date(Date.now() + 3000);
      await testDb().query("UPDATE release SET release_at = $2 WHERE id = $1", [releaseId, at]);
      await waitUntil(new Date(at.getTime() + 1200));
    };
    const v1 = `${4000 + (Date.now() % 900)}.1234`;
    const v2 = `${5000 + (Date.now() % 900)}.5678`;
    const first = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210104,${q},${v1}\n`);
    expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${first}/submit`)).status).toBe(200);
    const r1 = await release(first);
    // the approval bumped the public version, which the server reads at most once a second
    // (EPOCH_TTL_MS, lib/public/epoch.ts): a tag taken inside that second could be the old
    // epoch's and the next request the new one's (a clean-clone CI run once saw that 200)
    await new Promise((r) => setTimeout(r, 1200));

    // approved, not yet released: what a client sees and keeps (the tags of the answer and the page)
    const before = await get(url);
    expect(before.status()).toBe(200);
    expect(await before.text()).not.toContain(v1);
    const etag0 = before.headers().etag;
    const page0 = await get(pageUrl);
    const pageTag0 = page0.headers().etag;
    expect(etag0).toBeTruthy();
    expect((await get(url, etag0)).status(), "unchanged before the release: 304").toBe(304);

    await publish(r1);
    const after = await get(url, etag0);
    expect(after.status(), "the tag from before the release").toBe(200);
    expect(await after.text()).toContain(v1);
    if (pageTag0) expect((await get(pageUrl, pageTag0)).status(), "the page's tag from before the release").toBe(200);
    const etag1 = after.headers().etag;
    expect(etag1).not.toBe(etag0);

    // a revision approved for a later release: the released value stays until then, then the revised one
    const second = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210104,${q},${v2}\n`);
    expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${second}/submit`)).status).toBe(200);
    const r2 = await release(second, "CORRECTION");
    const meanwhile = await get(url, etag1);
    expect([200, 304]).toContain(meanwhile.status());
    if (meanwhile.status() === 200) expect(await meanwhile.text()).not.toContain(v2);
    const pageTag1 = (await get(pageUrl)).headers().etag;

    await publish(r2);
    const revised = await get(url, etag1);
    expect(revised.status(), "the tag from before the revision").toBe(200);
    expect(await revised.text()).toContain(v2);
    if (pageTag1) expect((await get(pageUrl, pageTag1)).status(), "the page's tag from before the revision").toBe(200);
    // and the revised answer's own tag gives 304 again
    expect((await get(url, revised.headers().etag)).status()).toBe(304);
    await api.dispose();
  });
});

test.describe("[SECURITY] formula injection in exports", () => {
  test("text an attacker typed (a sign-in name) reaches the audit export with every formula-like cell neutralised", async ({ baseURL }) => {
    const anon = await request.newContext({ baseURL });
    const names = ["=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(1+1)", "+cmd|' /C calc'!A0", "-2+3"];
    // two failures per name at most: the address's own throttle bucket is shared with other specs
    for (const username of names) expect((await anon.post("/api/v1/auth/session", { data: { username, password: "wrong-password" } })).status()).toBe(401);
    await anon.dispose();
    const admin = await requestAs(baseURL!, "admin");
    const res = await admin.get(`/api/v1/audit?format=csv&action=auth.sign_in_failed`);
    expect(res.status()).toBe(200);
    const csv = await res.text();
    const cells = csv.split(/\r\n/).flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)/g) ?? []).map((c) => c.replace(/^"|"$/g, "").replace(/""/g, '"'));
    for (const n of names) expect(cells.some((c) => c === `'${n.toLowerCase()}`), n).toBe(true);
    const live = cells.filter((c) => /^[=+@\t\r]/.test(c) || /^-(?!\d+(\.\d+)?$)/.test(c));
    expect(live).toEqual([]);
    await admin.dispose();
  });
});
