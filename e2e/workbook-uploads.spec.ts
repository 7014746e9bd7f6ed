// The spreadsheets staff really have (issue 18) and a workbook bomb (issue 15), through the
// upload page and the API: .xls, WPS .et and .ods load like .xlsx, errors name the cell, and a
// bomb under the upload limit is refused with its message, staging nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { bomb, sheetXml, xlsxBytes } from "../lib/ingest/workbook/test-zip";
import { apiSignIn, bearerToken, requestAs } from "./helpers/auth";
import { testDb } from "./helpers/db";

const FILES = path.join(process.cwd(), "e2e/files/ingest");

async function batchCount(): Promise<number> {
  const { rows } = await testDb().query("SELECT count(*)::int AS n FROM batch");
  return rows[0].n;
}

test("[UPLOAD]: the upload page takes .xls, .et and .ods; an .xls and an .ods load their sheets like the .xlsx", async ({ page, context }) => {
  await apiSignIn(context, "uploader");
  await page.goto("/uploads/new");
  const input = page.getByLabel("选择文件");
  expect((await input.getAttribute("accept"))?.split(",")).toEqual(expect.arrayContaining([".xlsx", ".xls", ".et", ".ods"]));
  await expect(page.getByText("OpenDocument 表格（.ods）")).toBeVisible();
  const result = page.getByTestId("upload-result");
  for (const [file, sheet, values] of [
    ["ok-sheets.xls", "", "6 个数值"],
    ["ok-sheets.ods", "宽表", "8 个数值"],
    ["ok-sheets.et", "", "6 个数值"],
  ] as const) {
    await page.getByLabel("仅检查，不暂存").check();
    await page.getByLabel("工作表名称（工作簿，可不填，默认第一个）").fill(sheet);
    await input.setInputFiles(path.join(FILES, file));
    await page.getByRole("button", { name: "上传并检查" }).click();
    await expect(result, file).toHaveAttribute("data-status", "200");
    await expect(result.getByRole("status"), file).toContainText(values);
    await expect(page.getByTestId("report-warnings"), file).toContainText("FILLED_DOWN");
  }
});

test("[UPLOAD]: an .ods with bad values shows each error's cell as the spreadsheet names it, and stages nothing", async ({ page, context }) => {
  await apiSignIn(context, "uploader");
  const before = await batchCount();
  await page.goto("/uploads/new");
  await page.getByLabel("选择文件").setInputFiles(path.join(FILES, "bad-values.ods"));
  await page.getByRole("button", { name: "上传并检查" }).click();
  await expect(page.getByTestId("upload-result")).toHaveAttribute("data-status", "422");
  const errors = page.getByTestId("report-errors");
  await expect(errors.getByRole("columnheader", { name: "单元格" })).toBeVisible();
  await expect(errors.getByTestId("error-cell")).toHaveText(["数据!D4", "数据!D5", "数据!D7"]);
  expect(await batchCount()).toBe(before);
});

test("[UPLOAD API]: a truncated .ods names OpenDocument, not a ZIP archive; a shared-string bomb is refused with its message", async ({ baseURL }) => {
  const token = await bearerToken(baseURL!, "uploader");
  const api = await requestAs(baseURL!);
  const before = await batchCount();
  const post = (name: string, buffer: Buffer) =>
    api.post("/api/v1/batches", { headers: { Authorization: `Bearer ${token}` }, multipart: { file: { name, mimeType: "application/octet-stream", buffer } } });

  const cut = await post("上报.ods", readFileSync(path.join(FILES, "bad-truncated.ods")));
  expect(cut.status()).toBe(422);
  const cutBody = await cut.json();
  expect(cutBody.errors[0].message).toContain("OpenDocument 表格");
  expect(cutBody.errors[0].message).not.toContain("ZIP");

  // 800 MB of shared strings in about 3 MB
  const sst = bomb('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', `<si><t>${"数".repeat(5000)}</t></si>`, 800 * 1024 * 1024, "</sst>");
  const res = await post("月报.xlsx", xlsxBytes({ sheet: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), sharedStrings: { deflated: sst } }));
  expect(res.status()).toBe(422);
  const body = await res.json();
  expect(body.errors.map((e: { code: string }) => e.code)).toEqual(["SHARED_STRINGS_TOO_LARGE"]);
  expect(body.errors[0].message).toMatch(/^工作簿解压后过大/);
  expect(await batchCount()).toBe(before);
  await api.dispose();
});
