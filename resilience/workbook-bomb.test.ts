// Issue 15, finding 4: workbook bombs under the upload limit, sent to the running production
// server. Each is refused with its message, nothing is staged, and the server process's
// resident memory (sampled from /proc while the upload runs) grows by less than 100 MB; a
// normal workbook still loads afterwards. Before the streaming reader, the 800 MB shared-string
// bomb took the server from about 500 MB to 1.3 GB.
import { readFileSync } from "node:fs";
import type pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { bomb, ODS_CONTENT_END, ODS_CONTENT_HEAD, odsBytes, sheetXml, xlsxBytes } from "../lib/ingest/workbook/test-zip";
import { bearer, call, token, type Answer } from "./helpers/api";
import { groupMembers, startApp, stopApp, type AppProcess } from "./helpers/app-process";
import { freshDatabase, testPool } from "./helpers/cluster";
import { appPort } from "./helpers/config";

const DB = "test_res_bomb";
const MB = 1024 * 1024;
let app: AppProcess | undefined;
let q: pg.Pool;
let tok: string;

beforeAll(async () => {
  const url = await freshDatabase(DB);
  q = testPool(url);
  app = await startApp({ port: appPort(5), databaseUrl: url });
  tok = await token(app.url, "uploader");
});
afterAll(async () => {
  await stopApp(app);
  await q?.end();
});

/** Resident memory of the process in the app's group that holds the most: the server. */
function serverRss(): number {
  let max = 0;
  for (const pid of groupMembers(app!.pgid)) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (m) max = Math.max(max, Number(m[1]) * 1024);
    } catch {
      // the process ended while we looked
    }
  }
  return max;
}

async function upload(fileName: string, bytes: Buffer): Promise<Answer> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)]), fileName);
  return call(`${app!.url}/api/v1/batches`, { method: "POST", headers: bearer(tok), body: form });
}

/** The answer to an upload, and how far the server's RSS rose above where it was before it. */
async function measured(fileName: string, bytes: Buffer): Promise<{ answer: Answer; growthMb: number }> {
  const before = serverRss();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, serverRss())), 20);
  try {
    const answer = await upload(fileName, bytes);
    peak = Math.max(peak, serverRss());
    return { answer, growthMb: (peak - before) / MB };
  } finally {
    clearInterval(timer);
  }
}

const HEADER = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>地区</t></is></c><c r="C1" t="inlineStr"><is><t>时期</t></is></c><c r="D1" t="inlineStr"><is><t>数值</t></is></c></row>';
const SST_HEAD = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>指标代码</t></si>';
const good = (value: number) =>
  xlsxBytes({
    sheet: sheetXml(`${HEADER}<row r="2"><c r="A2" t="inlineStr"><is><t>DE001</t></is></c><c r="B2" t="inlineStr"><is><t>全市</t></is></c><c r="C2" t="inlineStr"><is><t>2025Q1</t></is></c><c r="D2"><v>${value}</v></c></row>`),
    sharedStrings: `${SST_HEAD}</sst>`,
  });

test("workbook bombs under the upload limit are refused while the server's memory grows by less than 100 MB", async () => {
  // warm up the upload path (first compile of the route, the catalogue) so it is not counted
  const warm = await upload("warm.xlsx", good(12.5));
  expect(warm.status, warm.text).toBe(201);
  const batchesBefore = (await q.query<{ n: string }>("SELECT count(*) AS n FROM batch")).rows[0].n;

  const cases: [string, Buffer, string, RegExp][] = [
    [
      "shared-strings.xlsx",
      xlsxBytes({ sheet: sheetXml(HEADER), sharedStrings: { deflated: bomb(SST_HEAD, `<si><t>${"x".repeat(10_000)}</t></si>`, 800 * MB, "</sst>") } }),
      "SHARED_STRINGS_TOO_LARGE",
      /工作簿解压后过大：共享字符串表/,
    ],
    ["sheet.xlsx", xlsxBytes({ sheet: { deflated: bomb(`<worksheet><sheetData>${HEADER}`, "<!-- x -->", 2000 * MB, "</sheetData></worksheet>"), declaredSize: 1000 }, sharedStrings: `${SST_HEAD}</sst>` }), "WORKBOOK_TOO_LARGE", /xl\/worksheets\/sheet1\.xml/],
    ["content.ods", odsBytes({ deflated: bomb(`${ODS_CONTENT_HEAD}<table:table table:name="数据">`, "<!-- x -->", 2000 * MB, `</table:table>${ODS_CONTENT_END}`) }), "WORKBOOK_TOO_LARGE", /content\.xml/],
    [
      "repeats.ods",
      odsBytes(`<table:table table:name="数据"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1000" office:value-type="float" office:value="1"/></table:table-row></table:table>`),
      "WORKBOOK_TOO_LARGE",
      /展开后超过/,
    ],
  ];
  for (const [name, bytes, code, message] of cases) {
    expect(bytes.length, `${name} is under the 50 MB upload limit`).toBeLessThan(5 * MB);
    const { answer, growthMb } = await measured(name, bytes);
    expect(answer.status, `${name}: ${answer.text.slice(0, 300)}`).toBe(422);
    expect(answer.body.errors.map((e: { code: string }) => e.code), name).toEqual([code]);
    expect(answer.body.errors[0].message, name).toMatch(message);
    console.log(`${name}: ${(bytes.length / 1024).toFixed(0)} KB, server RSS +${growthMb.toFixed(1)} MB`);
    expect(growthMb, `${name}: RSS growth in MB`).toBeLessThan(100);
  }
  expect((await q.query<{ n: string }>("SELECT count(*) AS n FROM batch")).rows[0].n, "nothing staged").toBe(batchesBefore);
  // and the server is still there for everyone
  const after = await upload("after.xlsx", good(13.5));
  expect(after.status, after.text).toBe(201);
});
