import { expect, test } from "@playwright/test";
import Decimal from "decimal.js";
import { apiSignIn, requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { auditActions, callAs, stageCsv, waitUntil } from "./helpers/workflow";
import { latestReleased } from "./helpers/demo-periods";

const shanghaiLocal = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16);
const shanghaiDate = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

test("[RELEASES]: an admin plans a release and moves it; the public calendar keeps the note", async ({ page, context }) => {
  await apiSignIn(context, "admin");
  await page.goto("/admin/releases");
  const title = `测试发布 ${Date.now().toString(36)}`;
  const form = page.getByTestId("plan-release-form");
  await form.getByLabel("标题（中文）").fill(title);
  await form.getByLabel("发布时间（北京时间）").fill(shanghaiLocal(new Date(Date.now() + 10 * 86400_000)));
  await form.getByLabel("涉及指标代码").fill("DE001, DE002");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status")).toHaveText("已排期。");

  const row = page.getByTestId("admin-upcoming").locator("tr", { hasText: title });
  await row.getByLabel("新的发布时间").fill(shanghaiLocal(new Date(Date.now() + 12 * 86400_000)));
  await row.getByLabel("调整原因").fill("数据核实需要更多时间");
  await row.getByRole("button", { name: "调整" }).click();
  await expect(row.getByRole("status")).toContainText("已调整");

  await page.goto("/releases");
  const pub = page.getByTestId("releases-upcoming").locator("tr", { hasText: title });
  await expect(pub.getByTestId("release-moved")).toContainText("数据核实需要更多时间");
  await expect(pub).toContainText("DE001, DE002");
  const feed = await (await context.request.get("/feeds/releases")).text();
  expect(feed).toContain(title);
  expect(feed).toContain("数据核实需要更多时间");
  const { rows } = await testDb().query("SELECT action FROM audit_event WHERE entity_type = 'release' AND data->>'titleZh' = $1 OR (action = 'release.moved' AND data->>'reason' = '数据核实需要更多时间')", [title]);
  expect(rows.map((r) => r.action).sort()).toEqual(["release.moved", "release.planned"]);
});

test("[REVISIONS]: a released value uploaded again becomes a vintage; asOf answers what was public", async ({ baseURL, page, context }) => {
  // the latest value of DE010 for the city published before yesterday (demo data)
  const period = await latestReleased("DE010", new Date(Date.now() - 2 * 86400_000));
  const obs = async (query: string) => {
    const api = await requestAs(baseURL!);
    const res = await api.get(`/api/v1/observations?indicator=DE010&region=210100&from=${period}&to=${period}&format=json${query}`);
    expect(res.status()).toBe(200);
    const body = await res.json();
    await api.dispose();
    return body.data[0];
  };
  const old = await obs("");
  const revised = new Decimal(old.value).plus(7).toString();
  const id = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210100,${period},${revised}\n`);
  expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${id}/submit`)).status).toBe(200);

  // a revision needs a reason on approval
  const releaseAt = new Date(Date.now() + 8_000);
  const noReason = await callAs(baseURL!, "reviewer", `/api/v1/batches/${id}/approve`, { releaseAt: releaseAt.toISOString() });
  expect(noReason.status).toBe(400);
  expect(noReason.body.error.message).toContain("修订原因");
  const ok = await callAs(baseURL!, "reviewer", `/api/v1/batches/${id}/approve`, { releaseAt: releaseAt.toISOString(), revisionReason: "CORRECTION" });
  expect(ok.status).toBe(200);
  expect((await obs("")).value).toBe(old.value); // not before its time

  await waitUntil(releaseAt);
  const now = await obs("");
  expect(now.value).toBe(revised);
  expect(now.revision).toMatchObject({ previousValue: old.value });
  // what was public yesterday is the old vintage
  const yesterday = await obs(`&asOf=${shanghaiDate(new Date(Date.now() - 86400_000))}`);
  expect(yesterday.value).toBe(old.value);
  expect(yesterday.revision).toBeNull();

  // the trail: approval with its reason, the revision, and the release itself
  await apiSignIn(context, "admin");
  await page.goto(`/admin/audit?batch=${id}`);
  await expect(page.getByTestId("audit-table").locator('tr[data-action="batch.released"]')).toBeVisible();
  expect(await auditActions(id)).toEqual(["batch.staged", "batch.submitted", "batch.approved", "observation.revised", "batch.released"]);
});
