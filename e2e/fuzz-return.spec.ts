// The online return's two Server Actions (save draft, submit: lib/returns/actions.ts) are called
// by the grid's script, not by a form, so the form crawl of e2e/fuzz-actions.spec.ts does not
// find them. Here they are captured from the grid itself (clicked in a browser, not delivered)
// and replayed with what a forged request could carry instead of the grid's cells: the same bad
// values as every form field gets (e2e/helpers/form-values.ts) in the value, flag and note of a
// box, cells of indicators and areas the department does not owe, another period, repeated
// keys, wrong JSON types and huge payloads; and by every role that does not file returns.
// Gate: never a 5xx or a leak; the answer is a refusal with a Chinese message; the database is
// as it was (e2e/helpers/db-state.ts). One exception, by design: a draft keeps a box as typed
// (a half-typed number is saved and flagged in the grid), so a printable malformed number may
// be saved as a draft, exactly as sent; submitting it is refused.
import http from "node:http";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { apiSignIn, DEMO_ROLES } from "./helpers/auth";
import { changes, dbState } from "./helpers/db-state";
import { testDb } from "./helpers/db";
import { type Field } from "./helpers/action-forms";
import { badValuesFor, type FieldValue } from "./helpers/form-values";
import { freshUser, PASSWORD } from "./helpers/fresh-user";
import { captureAction, type CapturedAction } from "./helpers/replay-action";

const LEAKS = [/\bat \//, /node_modules/, /PrismaClient/, /\bSELECT\b.*\bFROM\b/, /\.tsx?:\d+/, /invalid input syntax/i, /unsupported Unicode/i];
const CJK = /[\u4e00-\u9fff]/;
const field = (name: string, over: Partial<Field>): Field => ({ name, type: "text", value: "", required: false, maxLength: null, min: null, max: null, pattern: null, inputMode: "", options: [], ...over });
// the grid's three inputs of a box, described as the form fuzzer describes a field
const VALUE = field("v", { inputMode: "decimal" });
const FLAG = field("f", { type: "select", options: ["", "PRELIMINARY", "ESTIMATED", "MISSING", "CONFIDENTIAL"] });
const NOTE = field("n", { type: "textarea", maxLength: 500 });

type Item = { id: number; code: string; period: string; status: string; department: { id: number; code: string } | null };
let item: Item;
let foreign: Item;
const UNCOVERED = "210181";
let uploader = "";
const captured: Record<"save" | "submit", CapturedAction | null> = { save: null, submit: null };
let draftsBefore: unknown[] = [];

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const reviewer = await request.newContext({ baseURL });
  await apiSignIn(reviewer, "reviewer");
  const items: Item[] = (await (await reviewer.get("/api/v1/schedule")).json()).items;
  await reviewer.dispose();
  // a department's return not yet due (the specs that file returns take the ones due this week)
  const open = items.filter((i) => i.department && ["notDue", "dueSoon", "overdue"].includes(i.status));
  // with another department's return of the same period, to aim at
  const pairs = open.flatMap((i) => open.filter((j) => j.period === i.period && j.department!.id !== i.department!.id).map((j) => [i, j] as const));
  const pair = pairs.find(([i]) => i.status === "notDue") ?? pairs[0];
  expect(pair, "returns of two departments owed for one period in the demo").toBeTruthy();
  [item, foreign] = pair;
  const idOf = async (code: string) => (await testDb().query(`SELECT id FROM indicator WHERE code = $1`, [code])).rows[0].id as number;
  item.id = await idOf(item.code);
  foreign.id = await idOf(foreign.code);
  draftsBefore = (await testDb().query(`SELECT * FROM return_draft WHERE period = $1 ORDER BY indicator_id`, [item.period])).rows;
  // the indicator collected for every area but one (the demo's are collected everywhere); undone in afterAll
  await testDb().query(`INSERT INTO indicator_region (indicator_id, region_code) SELECT $1, code FROM region WHERE code <> $2`, [item.id, UNCOVERED]);

  uploader = await freshUser(["uploader"]);
  await testDb().query(`INSERT INTO user_department (user_id, department_id) SELECT id, $2 FROM "user" WHERE username = $1`, [uploader, item.department!.id]);
  const ctx = await browser.newContext({ baseURL });
  await apiSignIn(ctx, uploader, PASSWORD);
  const page = await ctx.newPage();
  await page.goto(`/returns/${item.period}`);
  const path = new URL(page.url()).pathname;
  captured.save = await captureAction(page, path, () => page.getByRole("button", { name: "保存草稿" }).click(), { abort: true });
  captured.submit = await captureAction(page, path, () => page.getByRole("button", { name: "提交审核" }).click(), { abort: true });
  await ctx.close();
});

test.afterAll(async () => {
  await testDb().query(`DELETE FROM indicator_region WHERE indicator_id = $1`, [item.id]);
  // the drafts of this period as they were (a refused post stores none; a kept typo is a draft)
  await testDb().query(`DELETE FROM return_draft WHERE period = $1`, [item.period]);
  for (const d of draftsBefore as Record<string, unknown>[]) {
    await testDb().query(`INSERT INTO return_draft (indicator_id, period, cells, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)`, [d.indicator_id, d.period, d.cells, d.updated_by, d.updated_at]);
  }
});

/** A JSON body with raw bytes put where the marker stands (invalid UTF-8 goes through as sent). */
function body(args: unknown[], value?: Buffer): Buffer {
  const text = JSON.stringify(args);
  if (!value) return Buffer.from(text, "utf8");
  const [a, b] = text.split('"@@FUZZ@@"');
  const s = value.toString("utf8");
  const inner = Buffer.from(s, "utf8").equals(value) ? Buffer.from(JSON.stringify(s), "utf8") : Buffer.concat([Buffer.from('"'), value, Buffer.from('"')]);
  return Buffer.concat([Buffer.from(a, "utf8"), inner, Buffer.from(b ?? "", "utf8")]);
}

const cell = (over: Record<string, unknown> = {}) => ({ v: "", f: "", n: "", ...over });
const CITY = "210100";

type Outcome = { status: number; ok: boolean | null; message: string; text: string; changed: string };

async function post(ctx: APIRequestContext, which: "save" | "submit", data: Buffer): Promise<Outcome> {
  const a = captured[which]!;
  const headers = Object.fromEntries(Object.entries(a.headers).filter(([k]) => !["origin", "cookie", "content-length", "host", "referer"].includes(k) && !k.startsWith("sec-fetch")));
  const before = await dbState();
  const res = await ctx.fetch(a.url, { method: "POST", headers, data, maxRedirects: 0, timeout: 60_000 });
  const text = await res.text();
  const ok = /"ok":true/.test(text) ? true : /"ok":false/.test(text) ? false : null;
  const message = /"message":"((?:[^"\\]|\\.)*)"/.exec(text)?.[1] ?? "";
  return { status: res.status(), ok, message, text, changed: changes(before, await dbState()) };
}

// Node's own client: Playwright's always sends a Content-Length
async function postChunked(ctx: APIRequestContext, baseURL: string, data: Buffer): Promise<Outcome> {
  const a = captured.save!;
  const url = new URL(a.url, baseURL);
  const cookie = (await ctx.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const headers = { ...Object.fromEntries(Object.entries(a.headers).filter(([k]) => !["cookie", "content-length", "host", "referer"].includes(k) && !k.startsWith("sec-fetch"))), cookie, "transfer-encoding": "chunked" };
  const before = await dbState();
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (c: string) => (body += c)).on("end", () => resolve({ status: res.statusCode ?? 0, text: body }));
    });
    req.on("error", reject);
    for (let at = 0; at < data.length; at += 1 << 20) req.write(data.subarray(at, at + (1 << 20)));
    req.end();
  });
  return { status, ok: null, message: "", text, changed: changes(before, await dbState()) };
}

const refusedPlainly = (o: Outcome) => o.status < 500 && o.ok === false && CJK.test(o.message) && !o.changed && !LEAKS.some((re) => re.test(o.text));
const describe = (o: Outcome) => `${o.status} ok=${o.ok} 「${o.message}」 ${o.changed ? `CHANGED ${o.changed}` : ""} ${o.text.slice(0, 160)}`;

test("[FUZZ] the online return's save and submit actions refuse bad boxes, foreign cells and huge payloads plainly in Chinese, storing nothing", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
  await apiSignIn(ctx, uploader, PASSWORD);
  const failures: string[] = [];
  let sent = 0;
  const id = String(item.id);
  const boxes = (cells: unknown) => ({ [id]: { [CITY]: cells } });

  // bad values in each input of a box, as every form field gets them
  for (const [f, values] of [[VALUE, badValuesFor(VALUE)], [FLAG, badValuesFor(FLAG)], [NOTE, badValuesFor(NOTE)]] as [Field, FieldValue[]][]) {
    for (const v of values) {
      for (const which of ["save", "submit"] as const) {
        const args = which === "save" ? [item.period, boxes(cell({ [f.name]: "@@FUZZ@@" }))] : [item.period, boxes(cell({ [f.name]: "@@FUZZ@@" })), {}];
        const o = await post(ctx, which, body(args, v.bytes));
        sent++;
        if (refusedPlainly(o)) continue;
        // a draft keeps a printable value as typed: allowed, if it is stored exactly as sent
        const typed = v.bytes.toString("utf8");
        if (which === "save" && f === VALUE && o.ok === true && !/[\u0000-\u001f\u007f]/.test(typed)) {
          const { rows } = await testDb().query(`SELECT cells -> $3 ->> 'v' AS v FROM return_draft WHERE indicator_id = $1 AND period = $2`, [item.id, item.period, CITY]);
          if (rows[0]?.v === typed) continue;
        }
        failures.push(`${which} ${f.name}=${v.name} → ${describe(o)}`);
      }
    }
  }

  // cells the department does not owe, keys that are not cells, and the shape broken
  const good = cell({ v: "1" });
  const forged: [string, unknown[]][] = [
    ["an indicator owed by no one this period", [item.period, { "999999": { [CITY]: good } }]],
    ["an area that does not exist", [item.period, { [id]: { "999999": good } }]],
    ["another period", ["2031Q1", boxes(good)]],
    ["a malformed period", ["20x5Q9", boxes(good)]],
    ["a period as an object", [{ toString: "2025Q3" }, boxes(good)]],
    ["cells as an array", [item.period, [[id, good]]]],
    ["cells as a string", [item.period, "cells"]],
    ["a box as a number", [item.period, { [id]: { [CITY]: 1 } }]],
    ["a value as a number", [item.period, boxes({ v: 1, f: "", n: "" })]],
    ["a value as null", [item.period, boxes({ v: null, f: "", n: "" })]],
    ["a box without its flag", [item.period, boxes({ v: "1" })]],
    ["an indicator key with a sign", [item.period, { [`-${id}`]: { [CITY]: good } }]],
    ["an indicator key in hex", [item.period, { "0x10": { [CITY]: good } }]],
    ["an indicator id beyond int4", [item.period, { "2147483648": { [CITY]: good } }]],
    ["an area the indicator is not collected for", [item.period, { [id]: { [UNCOVERED]: good } }]],
    [`another department's return (${foreign.code})`, [item.period, { [String(foreign.id)]: { [CITY]: good } }]],
  ];
  const many = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [String(100000 + i), good]));
  forged.push(["60 000 boxes of one indicator", [item.period, { [id]: many }]]);
  forged.push(["a 9 MB note", [item.period, boxes(cell({ v: "1", n: "注".repeat(3_000_000) }))]]);
  for (const [what, args] of forged) {
    for (const which of ["save", "submit"] as const) {
      const o = await post(ctx, which, body(which === "submit" ? [...args, {}] : args));
      sent++;
      if (!refusedPlainly(o)) failures.push(`${which} ${what} → ${describe(o)}`);
    }
  }
  // a "__proto__" key: the action's argument decoder drops it, so nothing is sent and nothing changes
  for (const which of ["save", "submit"] as const) {
    const raw = `["${item.period}",{"__proto__":{"${CITY}":{"v":"1","f":"","n":""}}}${which === "submit" ? ",{}" : ""}]`;
    const o = await post(ctx, which, Buffer.from(raw));
    sent++;
    if (o.status >= 500 || o.changed || (o.ok === false && !CJK.test(o.message))) failures.push(`${which} a prototype key → ${describe(o)}`);
  }
  // a repeated box: JSON keeps the last copy, which is the bad one here
  for (const which of ["save", "submit"] as const) {
    const raw = `["${item.period}",{"${id}":{"${CITY}":{"v":"1","f":"","n":""},"${CITY}":{"v":"a\\u0000b","f":"","n":""}}}${which === "submit" ? ",{}" : ""}]`;
    const o = await post(ctx, which, Buffer.from(raw));
    sent++;
    if (!refusedPlainly(o)) failures.push(`${which} a repeated box → ${describe(o)}`);
  }
  // beyond the body limit of Server Actions (10 MB): 413 before Next reads it (lib/http/body-too-large.ts)
  const o = await post(ctx, "save", Buffer.from(JSON.stringify([item.period, boxes(cell({ n: "x".repeat(11 * 1024 * 1024) }))])));
  sent++;
  if (o.status !== 413 || o.changed) failures.push(`save 11 MB → ${describe(o)}`);
  // the same without a length (a chunked body, which no browser sends): 411 before Next reads it,
  // where Next cut it at 10 MB and failed with a 500
  const chunked = await postChunked(ctx, baseURL!, Buffer.from(JSON.stringify([item.period, boxes(cell({ n: "x".repeat(11 * 1024 * 1024) }))])));
  sent++;
  if (chunked.status !== 411 || chunked.changed) failures.push(`save 11 MB chunked → ${describe(chunked)}`);

  await ctx.dispose();
  console.log(`online return fuzz: ${sent} posts`);
  expect(sent).toBeGreaterThan(80);
  expect(failures).toEqual([]);
});

test("[ROLES] the online return's save and submit refuse every role that does not file returns, and anonymous visitors; nothing is stored", async ({ baseURL }) => {
  const args = [item.period, { [String(item.id)]: { [CITY]: cell({ v: "1" }) } }];
  for (const who of [...DEMO_ROLES.filter((r) => r !== "uploader"), null]) {
    const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
    if (who) await apiSignIn(ctx, who);
    for (const which of ["save", "submit"] as const) {
      const o = await post(ctx, which, body(which === "submit" ? [...args, {}] : args));
      expect(o.changed, `${which} as ${who ?? "anonymous"}`).toBe("");
      expect(o.status, `${which} as ${who ?? "anonymous"}`).toBeLessThan(500);
      // a role is told it cannot file; an anonymous visitor is sent to sign in
      if (who) expect(o.message, `${which} as ${who}`).toContain("当前角色不能填报");
      else expect([303, 307, 200]).toContain(o.status);
    }
    await ctx.dispose();
  }
});
