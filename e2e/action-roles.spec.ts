// Every Server Action's role check, replayed. The forms are the fuzzer's (found by crawling the
// staff pages as each role, e2e/helpers/action-forms.ts); an action may be called by the roles
// that were shown one of its forms, on any page (every staff user on a page for every staff
// user), and by nobody else. Each form is posted as the
// browser would (multipart, JavaScript off, from this site), filled as the page filled it and
// with plausible values in the fields it left empty, so that a missing role check would let the
// action through rather than its input check stop it. Posted by every demo role not shown it
// and by an anonymous visitor. Refused means: the answer is a 4xx or a 303 to the sign-in page,
// and the database is as it was (no audit event, no table changed: e2e/helpers/db-state.ts).
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { PAGE_ACCESS } from "../lib/auth/route-access";
import type { Role } from "../lib/auth/roles";
import { discoverActionForms, type ActionForm, type Field } from "./helpers/action-forms";
import { apiSignIn, DEMO_ROLES } from "./helpers/auth";
import { changes, dbState } from "./helpers/db-state";
import { futureQuarter } from "./helpers/demo-periods";
import { kindOf, multipart } from "./helpers/form-values";
import { callAs, stageCsv } from "./helpers/workflow";

type Who = Role | null;
const name = (who: Who) => who ?? "anonymous";

/** A value the field would accept, for a field the page left empty (a role check must stop the post, not this). */
function plausible(f: Field, n: number): string {
  switch (kindOf(f)) {
    case "number":
      return f.min ?? "1";
    case "date":
      return "2031-01-01";
    case "datetime":
      return "2031-01-01T10:00";
    case "period":
      return "2031Q1";
    case "password":
      return "role-check-password-1";
    case "choice":
      return f.options.find((o) => o) ?? "";
    default:
      return /name|code/i.test(f.name) ? `rolecheck${n}` : `角色检查 ${n}`;
  }
}

function filled(form: ActionForm, n: number): [string, string][] {
  const entries = [...form.entries];
  for (const f of form.fields) {
    const has = entries.some(([k, v]) => k === f.name && v !== "");
    if (has || f.type === "checkbox" || f.type === "radio") continue;
    const i = entries.findIndex(([k]) => k === f.name);
    if (i >= 0) entries.splice(i, 1);
    entries.push([f.name, plausible(f, n)]);
  }
  return entries;
}

/**
 * Who may call each action (by its id, over every form and page that carries it): the roles it
 * was shown to, and on a page for every staff user (the profile) every role, since what such a
 * form shows depends on the user's own things (their tokens), not on their role.
 */
function allowedCallers(forms: ActionForm[]): Map<string, Set<Who>> {
  const out = new Map<string, Set<Who>>();
  for (const f of forms) {
    const set = out.get(f.actionId) ?? new Set<Who>();
    for (const s of f.seenOn) {
      set.add(s.role);
      if (PAGE_ACCESS[s.route]?.access === "signed-in") DEMO_ROLES.forEach((r) => set.add(r));
    }
    out.set(f.actionId, set);
  }
  return out;
}

let forms: ActionForm[] = [];

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(600_000);
  // a staged batch and a submitted one, so that the uploads and review pages show their forms
  const q = await futureQuarter(8);
  const value = () => `${Date.now() % 99991}.${Math.floor(Math.random() * 999)}`;
  const staged = String(await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210102,${q},${value()}\n`));
  const submitted = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210103,${q},${value()}\n`);
  expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${submitted}/submit`)).status).toBe(200);
  forms = await discoverActionForms(browser, baseURL!, (route, key) => (key === "id" ? (route.startsWith("/review") ? String(submitted) : staged) : undefined));
});

test("[ROLES] every staff Server Action refuses each role not shown its form, and anonymous visitors: 4xx or 303 to sign-in, and nothing changes", async ({ baseURL }) => {
  test.setTimeout(600_000);
  const contexts = new Map<Who, APIRequestContext>();
  const as = async (who: Who) => {
    let c = contexts.get(who);
    if (!c) {
      c = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
      if (who) await apiSignIn(c, who);
      contexts.set(who, c);
    }
    return c;
  };
  const callers = allowedCallers(forms);
  const failures: string[] = [];
  const outcomes = new Map<string, number>();
  let n = 0;
  for (const form of forms) {
    // the sign-in form is for anonymous visitors; nothing to refuse
    if (form.seenOn.some((s) => s.route === "/login")) continue;
    const allowed = callers.get(form.actionId)!;
    for (const who of [...DEMO_ROLES, null].filter((w) => !allowed.has(w))) {
      const { body, contentType } = multipart(filled(form, ++n));
      const before = await dbState();
      const res = await (await as(who)).post(form.page, { headers: { "Content-Type": contentType }, data: body, maxRedirects: 0, timeout: 60_000 });
      const text = await res.text();
      const changed = changes(before, await dbState());
      const location = res.headers()["location"] ?? "";
      const status = res.status();
      const refused = (status >= 400 && status < 500) || (status === 303 && /\/login\b/.test(location));
      const outcome = status === 303 ? "303 → sign-in" : String(status);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      if (!refused || changed) {
        failures.push(`${form.page} 「${form.label}」 (for ${[...allowed].map(name).join("/")}) as ${name(who)} → ${status} ${location} ${changed ? `CHANGED ${changed}` : ""}: ${text.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 160)}`);
      }
    }
  }
  for (const c of contexts.values()) await c.dispose();
  const posts = [...outcomes.values()].reduce((a, b) => a + b, 0);
  console.log(`Server Action role checks: ${posts} posts to ${forms.length} forms; ${[...outcomes].map(([k, v]) => `${k}: ${v}`).join(", ")}`);
  // the crawl found the staff forms, and most have someone to refuse besides anonymous visitors
  expect(forms.filter((f) => f.seenOn.some((s) => s.route.startsWith("/admin"))).length).toBeGreaterThan(5);
  expect(posts).toBeGreaterThan(forms.length * 2);
  expect(failures).toEqual([]);
});
