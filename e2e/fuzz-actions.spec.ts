// Every Server Action, through its form, gets bad values in every field. The forms are found
// by crawling the staff pages as each role (e2e/helpers/action-forms.ts), not listed here; each
// field gets values that are wrong for it (e2e/helpers/form-values.ts), one at a time, with the
// rest of the form as the page filled it, unknown fields beside them (zzUnknown, __proto__,
// constructor), and once more with the field repeated (the bad copy first). Posted as a browser
// without JavaScript posts the form (multipart, to the page), so invalid UTF-8 gets through.
// Gate: no 5xx, no stack trace, module path or SQL in any answer, no new audit event (every
// state change writes one; sign-in failures aside), and nothing in the server's error log.
import { readFileSync, statSync } from "node:fs";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import type { Role } from "../lib/auth/roles";
import { discoverActionForms, isActionEntry, type ActionForm } from "./helpers/action-forms";
import { apiSignIn } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { futureQuarter } from "./helpers/demo-periods";
import { badValuesFor, kindOf, multipart, type FieldValue } from "./helpers/form-values";
import { serverErrorLog } from "./helpers/server-log";
import { callAs, stageCsv } from "./helpers/workflow";

const LEAKS = [/\bat \//, /\(\/[^)\s]+:\d+:\d+\)/, /node_modules/, /PrismaClient/, /\bSELECT\b.*\bFROM\b/, /syntax error/i, /\.tsx?:\d+/, /invalid input syntax/i];
const UNKNOWN: [string, string][] = [["zzUnknown", "1"], ["__proto__", "polluted"], ["constructor", "x"]];

const logSize = () => {
  try {
    return statSync(serverErrorLog).size;
  } catch {
    return 0;
  }
};
const loggedSince = (since: number) => {
  try {
    // a deprecation notice of a library is a warning, not an error of a request
    return readFileSync(serverErrorLog).subarray(since).toString("utf8").split("\n").filter((l) => l && !/DeprecationWarning|--trace-deprecation/.test(l)).slice(0, 20);
  } catch {
    return [];
  }
};

/** State changes so far: every one writes an audit event (sign-in attempts are not state the form changes). */
async function auditCount(): Promise<number> {
  const { rows } = await testDb().query<{ n: string }>(`SELECT count(*) AS n FROM audit_event WHERE action NOT LIKE 'auth.%'`);
  return Number(rows[0].n);
}

let forms: ActionForm[] = [];
const ids: Record<string, string> = {};

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(600_000);
  // a batch to submit (the uploader's page) and one to review, so that their forms are shown
  // (values of their own: the worker starts again after a failed test, and this runs again)
  const q = await futureQuarter(7);
  const value = () => `${Date.now() % 99991}.${Math.floor(Math.random() * 999)}`;
  ids.staged = String(await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210102,${q},${value()}\n`));
  const submitted = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210103,${q},${value()}\n`);
  expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${submitted}/submit`)).status).toBe(200);
  ids.submitted = String(submitted);
  forms = await discoverActionForms(browser, baseURL!, (route, key) => (key === "id" ? (route.startsWith("/review") ? ids.submitted : ids.staged) : undefined));
});

test("[FUZZ] the crawl finds the Server Action forms of the staff pages", () => {
  const pages = new Set(forms.map((f) => f.route));
  // a few that must be there for the crawl to be working at all (the rest are whatever it finds)
  for (const p of ["/login", "/profile", "/admin/users", "/admin/catalogue/[code]", "/review/[id]", "/uploads/[id]", "/admin/releases"]) expect([...pages], p).toContain(p);
  expect(forms.length).toBeGreaterThan(15);
  console.log(`Server Action forms: ${forms.length} on ${pages.size} pages`);
});

test("[FUZZ] every field of every Server Action form gets bad values: never 5xx or a leak, state unchanged, no error logged", async ({ baseURL }) => {
  test.setTimeout(1_200_000);
  const since = logSize();
  const contexts = new Map<Role | null, APIRequestContext>();
  const as = async (role: Role | null) => {
    let c = contexts.get(role);
    if (!c) {
      c = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
      if (role) await apiSignIn(c, role);
      contexts.set(role, c);
    }
    return c;
  };
  const failures: string[] = [];
  let sent = 0;
  let audits = await auditCount();
  const post = async (form: ActionForm, what: string, entries: [string, string | Buffer][]) => {
    const { body, contentType } = multipart([...entries, ...UNKNOWN]);
    const res = await (await as(form.role)).post(form.page, { headers: { "Content-Type": contentType }, data: body, maxRedirects: 0, timeout: 60_000 });
    const text = await res.text();
    sent++;
    const problems = LEAKS.filter((re) => re.test(text)).map((re) => `leaks ${re}`);
    if (res.status() >= 500) problems.push(`status ${res.status()}`);
    const now = await auditCount();
    if (now !== audits) {
      const { rows } = await testDb().query(`SELECT action, entity_id FROM audit_event WHERE action NOT LIKE 'auth.%' ORDER BY id DESC LIMIT $1`, [now - audits]);
      problems.push(`changed state: ${rows.map((r) => `${r.action} ${r.entity_id}`).join(", ")}`);
      audits = now;
    }
    if (problems.length) failures.push(`${form.page} 「${form.label}」 as ${form.role ?? "anonymous"} [${what}] → ${res.status()} ${problems.join("; ")}: ${text.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 160)}`);
  };
  for (const form of forms) {
    for (const field of form.fields) {
      const others = form.entries.filter(([k]) => k !== field.name);
      const defaults = form.entries.filter(([k]) => k === field.name);
      const values: FieldValue[] = badValuesFor(field);
      for (const v of values) await post(form, `${field.name} (${kindOf(field)}): ${v.name}`, [...others, [field.name, v.bytes]]);
      // repeated: the bad copy first, then what the page filled in (or a second bad copy)
      await post(form, `${field.name}: repeated`, [...others, [field.name, values[0].bytes], ...(defaults.length ? defaults : [[field.name, values[0].bytes] as [string, Buffer]])]);
    }
    // a form with no field of its own is only an action to call: it gets the unknown fields alone
    // when calling it changes nothing (signing out would end this walk)
    const own = form.entries.filter(([k]) => !isActionEntry(k));
    if (!form.fields.length && own.length) await post(form, "unknown fields", form.entries);
  }
  for (const c of contexts.values()) await c.dispose();
  console.log(`Server Action fuzz: ${sent} posts to ${forms.length} forms`);
  if (process.env.FUZZ_DUMP) (await import("node:fs")).writeFileSync(`${process.env.FUZZ_DUMP}.actions`, failures.join("\n"));
  expect(sent).toBeGreaterThan(300);
  expect(failures).toEqual([]);
  expect(loggedSince(since), "the server's error log").toEqual([]);
});

