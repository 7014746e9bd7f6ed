import { expect, test } from "@playwright/test";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { apiSignIn, bearerToken, requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";

const beijingToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

test("[CATALOGUE]: a definition changed after release gets a dated public methodology note", async ({ page, context }) => {
  const old: string = (await testDb().query(`SELECT definition FROM indicator WHERE code = 'DE011'`)).rows[0].definition;
  expect(old).toContain("从业人员"); // the catalogue's public definition
  await apiSignIn(context, "admin");
  await page.goto("/admin/catalogue/DE011"); // released in the demo data
  await expect(page.getByTestId("indicator-state")).toHaveText("在用，已有发布数据");
  await expect(page.getByLabel("计量单位", { exact: true })).toHaveAttribute("readonly", "");
  const form = page.getByTestId("indicator-form");
  await form.getByLabel("指标定义", { exact: true }).fill("数字经济核心产业从业人员，按产业活动单位统计");
  await form.getByLabel("调整说明（中文，写入口径说明）").fill("与国家统计局口径一致");
  await form.getByRole("button", { name: "保存", exact: true }).click();
  await expect(form.getByRole("status")).toHaveText("已保存，修改了 1 项，并生成了一条注明日期的口径说明。");

  const { rows } = await testDb().query(
    `SELECT n.text_zh, to_char(n.effective_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day
     FROM methodology_note n JOIN indicator i ON i.id = n.indicator_id WHERE i.code = 'DE011'`,
  );
  expect(rows).toHaveLength(1);
  expect(rows[0].day).toBe(beijingToday());
  expect(rows[0].text_zh).toContain(`指标定义由“${old}”改为“数字经济核心产业从业人员，按产业活动单位统计”`);
  expect(rows[0].text_zh).toContain("调整说明：与国家统计局口径一致。此前已发布的数据仍按原口径编制");
  await expect(page.getByTestId("methodology-notes")).toContainText(beijingToday().replace(/-/g, "/"));

  // the audit trail holds before and after
  const audit = await testDb().query(`SELECT data FROM audit_event WHERE action = 'indicator.updated' ORDER BY id DESC LIMIT 1`);
  expect(audit.rows[0].data).toMatchObject({ code: "DE011", before: { definition: old }, after: { definition: "数字经济核心产业从业人员，按产业活动单位统计" } });

  // The public indicator page and the open API belong to other features: check them when
  // this build has them (the database row above is the assertion that always runs).
  const pub = await page.request.get("/indicators/DE011");
  if (pub.status() !== 404) expect(await pub.text()).toContain("与国家统计局口径一致");
  const openApi = await page.request.get("/api/v1/indicators/DE011");
  if (openApi.status() !== 404) {
    const notes: { effectiveAt: string; textZh: string }[] = (await openApi.json()).methodologyNotes;
    expect(notes.map((n) => n.textZh)).toEqual([rows[0].text_zh]);
  }
});

test("[CATALOGUE]: an admin adds an indicator with its schedule, an uploader uploads it at once, then it is retired and refuses uploads", async ({ page, context, baseURL }) => {
  await apiSignIn(context, "admin");
  await page.goto("/admin/catalogue/new");
  const form = page.getByTestId("indicator-form");
  await form.getByLabel("指标代码").fill("DE901");
  await form.getByLabel("中文名称").fill("区块链企业数量");
  await form.getByLabel("英文名称").fill("Blockchain enterprises");
  await form.getByLabel("计量单位").fill("家");
  await form.getByLabel("指标类型").selectOption("STOCK");
  await form.getByLabel("小数位数").fill("0");
  await form.getByLabel("区块链").check();
  await form.getByLabel("报送部门").selectOption("data");
  await form.getByLabel("报送时限（期末后天数）").fill("20");
  await form.getByLabel("校验下限").fill("0");
  await form.getByLabel("校验上限").fill("-1");
  await form.getByRole("button", { name: "新增指标" }).click();
  await expect(form.getByText("上限不能小于下限")).toBeVisible(); // -1 < 0, and the typed values stay
  await expect(form.getByLabel("中文名称")).toHaveValue("区块链企业数量");
  await form.getByLabel("校验上限").fill("");
  await form.getByRole("button", { name: "新增指标" }).click();
  await expect(page).toHaveURL(/\/admin\/catalogue\/DE901\?created=1$/);
  await expect(page.getByRole("status").first()).toHaveText("已新增指标 DE901，现在即可上传其数据。");
  const { rows } = await testDb().query(
    `SELECT i.measure_type, i.due_days, d.code AS dep, i.retired_at,
            (SELECT array_agg(emerging_code) FROM indicator_emerging e WHERE e.indicator_id = i.id) AS tags
     FROM indicator i JOIN department d ON d.id = i.department_id WHERE i.code = 'DE901'`,
  );
  expect(rows[0]).toMatchObject({ measure_type: "STOCK", due_days: 20, dep: "data", retired_at: null, tags: ["blockchain"] });

  await page.goto("/schedule");
  await expect(page.getByTestId("indicator-schedule").locator('tr[data-code="DE901"]')).toBeVisible();

  // the uploader can upload it at once
  const period = (await testDb().query(`SELECT frequency FROM indicator WHERE code = 'DE901'`)).rows[0].frequency === "QUARTER" ? "2025Q3" : "2025M09";
  const csv = (v: number) => `指标代码,地区,时期,数值\nDE901,和平区,${period},${v}\n`;
  const first = await uploadAs(baseURL!, csv(12));
  expect(first.status, JSON.stringify(first.body.errors)).toBe(201);

  await page.goto("/admin/catalogue/DE901");
  await page.getByRole("button", { name: "停用该指标" }).click();
  await expect(page.getByTestId("retire-form").getByRole("status")).toHaveText("已停用。该指标不再接受上传，已发布数据保持公开。");
  const retired = await testDb().query(`SELECT retired_at IS NOT NULL AS retired FROM indicator WHERE code = 'DE901'`);
  expect(retired.rows[0].retired).toBe(true);
  expect((await testDb().query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'indicator.retired'`)).rows[0].n).toBeGreaterThan(0);

  // a retired indicator refuses uploads with a clear message, and stages nothing
  const refused = await uploadAs(baseURL!, csv(13));
  expect(refused.status).toBe(422);
  expect(refused.body.errors[0]).toMatchObject({ line: 2, code: "RETIRED_INDICATOR" });
  expect(refused.body.errors[0].message).toMatch(/停用/);
});

async function uploadAs(baseURL: string, csv: string): Promise<{ status: number; body: { errors: { line: number; code: string; message: string }[] } }> {
  const token = await bearerToken(baseURL, "uploader");
  const api = await requestAs(baseURL);
  const res = await api.post("/api/v1/batches", {
    headers: { Authorization: `Bearer ${token}` },
    multipart: { file: { name: `de901-${Date.now()}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) } },
  });
  const out = { status: res.status(), body: await res.json() };
  await api.dispose();
  return out;
}

test("[CATALOGUE]: export → edit in a spreadsheet → import shows the diff and applies it", async ({ page, context }) => {
  await apiSignIn(context, "admin");
  const exported = await page.request.get("/api/v1/catalogue/export?format=csv");
  expect(exported.status()).toBe(200);
  const text = (await exported.body()).toString("utf8");
  expect(text.startsWith("\uFEFFcode,name_zh,name_en,unit,frequency,measure_type,article,category_code,notes,decimals,department,due_days")).toBe(true);

  // edit as a spreadsheet user would, and save as GBK (Excel's "CSV" on Chinese Windows)
  const sheet = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  const row = (code: string) => sheet.data.find((r) => r.code === code)!;
  const oldName = row("DE050").name_en;
  row("DE050").name_en = `${oldName} (revised)`;
  row("DE049").due_days = "30";
  row("DE053").definition = "数字领域发明专利授权量，按专利权人所在地统计";
  row("DE056").retired = "2026-01-01";
  sheet.data.push({ ...row("DE050"), code: "DE902", name_zh: "元宇宙企业数量", name_en: "Metaverse enterprises", emerging: "metaverse", retired: "" });
  const edited = iconv.encode(Papa.unparse(sheet.data, { columns: sheet.meta.fields, newline: "\r\n" }), "gb18030");

  await page.goto("/admin/catalogue/import");
  await page.getByLabel("目录文件（CSV 或 XLSX）").setInputFiles({ name: "indicators-edited.csv", mimeType: "text/csv", buffer: edited });
  await page.getByRole("button", { name: "查看差异" }).click();
  const diff = page.getByTestId("import-diff");
  await expect(diff).toContainText("编码 GBK / GB18030");
  const count = (kind: string) => page.getByTestId("diff-counts").locator(`dd[data-kind="${kind}"]`);
  await expect(count("added")).toHaveText("1");
  await expect(count("changed")).toHaveText("3");
  await expect(count("retired")).toHaveText("1");
  await expect(count("unchanged")).toHaveText(String(sheet.data.length - 5));
  const change = (code: string, field: string) => diff.locator(`tr[data-code="${code}"][data-field="${field}"]`);
  await expect(change("DE050", "nameEn").locator('[data-role="before"]')).toHaveText(oldName);
  await expect(change("DE050", "nameEn").locator('[data-role="after"]')).toHaveText(`${oldName} (revised)`);
  await expect(change("DE049", "dueDays").locator('[data-role="after"]')).toHaveText("30");
  await expect(change("DE053", "definition")).toContainText("将生成口径说明"); // DE053 has released data
  await expect(diff.locator('tr[data-code="DE056"][data-kind="retired"]')).toBeVisible();
  await expect(diff.locator('tr[data-code="DE902"][data-kind="added"]')).toBeVisible();

  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByTestId("catalogue-import").getByRole("status").first()).toHaveText("已导入：新增 1 项，修改 3 项，停用 1 项，恢复 0 项；生成口径说明 1 条。");
  const db = testDb();
  const state = await db.query(
    `SELECT code, name_en, due_days, retired_at IS NOT NULL AS retired FROM indicator WHERE code IN ('DE049', 'DE050', 'DE056', 'DE902') ORDER BY code`,
  );
  expect(state.rows.map((r) => [r.code, r.retired])).toEqual([["DE049", false], ["DE050", false], ["DE056", true], ["DE902", false]]);
  expect(state.rows[0].due_days).toBe(30);
  expect(state.rows[1].name_en).toBe(`${oldName} (revised)`);
  const audit = await db.query(`SELECT data FROM audit_event WHERE action = 'catalogue.imported' ORDER BY id DESC LIMIT 1`);
  expect(audit.rows[0].data).toMatchObject({ fileName: "indicators-edited.csv", encoding: "gb18030", added: ["DE902"], retired: ["DE056"] });

  // and the catalogue exported now imports back as "nothing to change"
  const again = await page.request.get("/api/v1/catalogue/export?format=csv");
  await page.getByLabel("目录文件（CSV 或 XLSX）").setInputFiles({ name: "again.csv", mimeType: "text/csv", buffer: await again.body() });
  await page.getByRole("button", { name: "查看差异" }).click();
  await expect(page.getByTestId("catalogue-import").getByRole("status").first()).toHaveText("文件与当前目录一致，没有需要导入的变更。");
});

test("[CATALOGUE]: a bad import row gets a Chinese error with its line number and changes nothing", async ({ page, context }) => {
  await apiSignIn(context, "admin");
  const before = await testDb().query(`SELECT max(id)::int AS id FROM audit_event`);
  await page.goto("/admin/catalogue/import");
  const csv = "code,name_en,decimals\nDE050,Renamed again,2\nDE051,R&D,七\n";
  await page.getByLabel("目录文件（CSV 或 XLSX）").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "查看差异" }).click();
  await expect(page.getByTestId("import-errors")).toHaveText("第 3 行（decimals）：须为 0–6 的整数");
  await expect(page.getByRole("button", { name: "确认导入" })).toHaveCount(0);
  const after = await testDb().query(`SELECT max(id)::int AS id FROM audit_event WHERE action LIKE 'indicator.%' OR action = 'catalogue.imported'`);
  expect(after.rows[0].id ?? 0).toBeLessThanOrEqual(before.rows[0].id);
});

test("[CATALOGUE]: departments keep a contact person and their uploaders; only admins manage them", async ({ page, context, browser }) => {
  // an uploader of this test's own: the demo uploader stays in no department, so other tests' uploads draw no department warning
  const username = `depup${Date.now().toString(36)}`;
  await testDb().query(`INSERT INTO "user" (username, display_name, password_hash, roles, updated_at) VALUES ($1, '通信管理局统计员', 'x', '{uploader}', now())`, [username]);
  await apiSignIn(context, "admin");
  await page.goto("/admin/departments");
  const details = page.locator('details[data-department="comms"]');
  await details.locator("summary").click();
  const form = page.getByTestId("department-form-comms");
  await form.getByLabel("联系人姓名").fill("王工");
  await form.getByLabel("联系电话").fill("024-2345678");
  await form.getByLabel(`通信管理局统计员 (${username})`).check();
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByRole("status")).toHaveText("已保存部门信息。");
  const { rows } = await testDb().query(
    `SELECT d.contact_name, u.username FROM department d JOIN user_department ud ON ud.department_id = d.id JOIN "user" u ON u.id = ud.user_id WHERE d.code = 'comms'`,
  );
  expect(rows).toEqual([{ contact_name: "王工", username }]);

  const other = await browser.newContext();
  await apiSignIn(other, "uploader");
  const res = await (await other.newPage()).goto("/admin/departments");
  expect(res?.status()).toBe(403);
  await other.close();
});

test("[CATALOGUE]: the catalogue pages work in English", async ({ page, context }) => {
  await apiSignIn(context, "admin");
  await page.goto("/en/admin/catalogue");
  await expect(page.getByRole("heading", { name: "Indicator catalogue" })).toBeVisible();
  await expect(page.getByTestId("catalogue-table").locator('tr[data-code="DE001"]')).toContainText("Value added of digital-economy core industries");
});
