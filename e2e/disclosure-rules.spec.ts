// The bureau's rule at work: the administrator raises an indicator's unit threshold in the UI,
// an upload carrying the never-public units column has a district under it, and the reviewer
// sees that value as primary-confidential with the complementary cell chosen to protect it;
// the open API does not show either figure, and the units column is not in any answer.
import { expect, test } from "@playwright/test";
import { apiSignIn, requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { futureQuarter } from "./helpers/demo-periods";
import { callAs, stageCsv } from "./helpers/workflow";

test("[DISCLOSURE]: a rule set in the admin UI withholds an uploaded value, and the review page says why", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const admin = await browser.newContext();
  await apiSignIn(admin, "admin");
  const page = await admin.newPage();
  await page.goto("/admin/disclosure");
  const form = page.getByTestId("disclosure-rule-form");
  await form.locator("select[name=indicator]").selectOption("DE010");
  await form.locator("input[name=minUnits]").fill("5");
  await form.locator("input[name=protectionPercent]").fill("20");
  await form.getByRole("button").click();
  await expect(form.getByRole("status")).toContainText("已保存 DE010 的保密规则");
  await page.reload();
  await expect(page.getByTestId("disclosure-rules").locator("tr[data-code=DE010]")).toContainText("±20%");
  // a nonsense rule is refused with a reason, not a 500
  await form.locator("select[name=indicator]").selectOption("DE010");
  await form.locator("input[name=minUnits]").fill("0");
  await form.getByRole("button").click();
  await expect(form.getByRole("status")).toContainText("最少单位数须为 1–1000 的整数");
  const { rows: audit } = await testDb().query("SELECT data FROM audit_event WHERE action = 'disclosure.rule_saved' AND entity_id = 'DE010' ORDER BY id DESC LIMIT 1");
  expect(audit[0].data.after).toMatchObject({ minUnits: 5, protectionPercent: "20" });
  await admin.close();

  // an upload: 4 units in one district (public by the default of 3, withheld by the new rule of 5)
  const period = await futureQuarter(3);
  const { rows: regions } = await testDb().query<{ code: string; name_zh: string }>("SELECT code, name_zh FROM region WHERE kind <> 'CITY' ORDER BY sort_order");
  const values = regions.map((_, i) => 300 + 37 * i);
  const lines = ["指标代码,地区代码,时期,数值,调查单位数,最大单位数值", `DE010,210100,${period},${values.reduce((a, b) => a + b, 0)},900,`];
  regions.forEach((r, i) => lines.push(`DE010,${r.code},${period},${values[i]},${i === 2 ? 4 : 60},${i === 2 ? 200 : ""}`));
  const id = await stageCsv(baseURL!, lines.join("\n"));
  expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${id}/submit`)).status).toBe(200);

  const reviewer = await browser.newContext();
  await apiSignIn(reviewer, "reviewer");
  const review = await reviewer.newPage();
  await review.goto(`/review/${id}`);
  const section = review.getByTestId("review-disclosure");
  await expect(section.locator("tr[data-kind=primary]")).toHaveCount(1);
  await expect(section.locator("tr[data-kind=primary]")).toContainText(`DE010 ${regions[2].name_zh} ${period}`);
  await expect(section.locator("tr[data-kind=primary]")).toContainText("调查单位只有 4 个，少于规则要求的 5 个");
  await expect(section.locator("tr[data-kind=primary]")).toContainText("±20%");
  await expect(section.locator("tr[data-kind=secondary]").first()).toContainText(`使 DE010 ${regions[2].name_zh} ${period} 无法由合计关系推算出来`);
  await expect(section.getByTestId("disclosure-blocked")).toHaveCount(0);
  await review.goto(`/en/review/${id}`);
  await expect(review.getByTestId("review-disclosure").locator("tr[data-kind=primary]")).toContainText("Only 4 reporting units, fewer than the rule's 5");
  await reviewer.close();

  // approved and released: the public sees x for both, never the units
  const releaseAt = new Date(Date.now() + 2500);
  expect((await callAs(baseURL!, "reviewer", `/api/v1/batches/${id}/approve`, { releaseAt: releaseAt.toISOString() })).status).toBe(200);
  await new Promise((r) => setTimeout(r, releaseAt.getTime() - Date.now() + 500));
  const anon = await requestAs(baseURL!);
  const res = await anon.get(`/api/v1/observations?indicator=DE010&from=${period}&to=${period}&format=json`);
  const body = await res.text();
  const data = JSON.parse(body).data as { region: string; value: string | null; flag: string | null }[];
  expect(data.find((d) => d.region === regions[2].code)).toMatchObject({ value: null, flag: "CONFIDENTIAL" });
  expect(data.filter((d) => d.value === null).length).toBeGreaterThanOrEqual(2);
  expect(data.find((d) => d.region === "210100")?.value).not.toBeNull();
  expect(body).not.toMatch(/units|top1|"900"/);
  const csv = await (await anon.get(`/api/v1/observations?indicator=DE010&from=${period}&to=${period}&format=csv`)).text();
  expect(csv).not.toContain(String(values[2]));
  await anon.dispose();
});

test.afterAll(async () => {
  await testDb().query(`DELETE FROM disclosure_rule WHERE indicator_id = (SELECT id FROM indicator WHERE code = 'DE010')`);
  await testDb().query(`DELETE FROM batch WHERE file_name LIKE 'wf-%' AND id IN (SELECT batch_id FROM observation WHERE units = 60)`);
  await testDb().query(`INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1', now())
    ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`);
});
