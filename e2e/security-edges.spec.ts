// The findings of the security review (issue 15: 9) at the edges: malformed addresses, another
// uploader's batch, a role calling an action it lacks, each answered plainly and changing nothing.
import { expect, request, test } from "@playwright/test";
import { apiSignIn, bearerToken, requestAs } from "./helpers/auth";
import { freshUser, PASSWORD } from "./helpers/fresh-user";
import { testDb } from "./helpers/db";
import { futureQuarter } from "./helpers/demo-periods";
import { captureAction, replayAction } from "./helpers/replay-action";
import { stageCsv } from "./helpers/workflow";

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

  test("a leader calling approve, by the API or the review page's action, is told it is not permitted (403)", async ({ page, context, baseURL }) => {
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
    // the role was never shown the form: the action answers as the page would, 403 (lib/workflow/actions.ts)
    expect(r.status).toBe(403);
    expect(r.text).toContain("无权访问");
    expect(r.text).not.toContain("审核人不能批准自己上传的批次");
    const { rows } = await testDb().query(`SELECT status::text FROM batch WHERE id = $1`, [id]);
    expect(rows[0].status).toBe("SUBMITTED");
    await uploader.dispose();
    await leader.dispose();
  });
});
