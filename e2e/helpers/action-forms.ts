// Finds the Server Action forms of the app by crawling it: every page of the build's route
// manifest that PAGE_ACCESS lists, rendered without JavaScript (as the server sends it) for each
// demo role that may open it. A <form> is bound to a Server Action when React put the action's
// reference in it: a hidden `$ACTION_ID_<id>` input (an action passed directly) or `$ACTION_REF_n`
// with `$ACTION_n:0` (an action from useActionState). Nothing here lists forms by hand, so a
// form added later is found and fuzzed (e2e/fuzz-actions.spec.ts) and role-checked
// (e2e/action-roles.spec.ts) without a change to either.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext } from "@playwright/test";
import { PAGE_ACCESS, type RouteRule } from "../../lib/auth/route-access";
import { ROLE_PERMISSIONS, type Role } from "../../lib/auth/roles";
import { apiSignIn, DEMO_ROLES } from "./auth";

export type Field = {
  name: string;
  /** input type, or "textarea" / "select" */
  type: string;
  value: string;
  required: boolean;
  maxLength: number | null;
  min: string | null;
  max: string | null;
  pattern: string | null;
  /** inputmode: "decimal" or "numeric" marks a number typed as text */
  inputMode: string;
  options: string[];
};

export type ActionForm = {
  /** the page it was found on (no locale prefix) and the role that saw it */
  page: string;
  route: string;
  role: Role | null;
  /** the action's id (from $ACTION_ID_… or the JSON of $ACTION_n:0) */
  actionId: string;
  /** what the browser would post as it stands: every entry, the action's own included */
  entries: [string, string][];
  /** the fields a user (or an attacker) fills in: all but React's action entries */
  fields: Field[];
  /** the submit button's text, to name the form in failures */
  label: string;
  /** every page (route) and role the crawl found this form on: where it is offered (e2e/action-roles.spec.ts) */
  seenOn: { route: string; role: Role | null }[];
};

export const isActionEntry = (name: string) => name.startsWith("$ACTION");

function manifestRoutes(): string[] {
  const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "app-path-routes-manifest.json");
  const manifest: Record<string, string> = JSON.parse(readFileSync(file, "utf8"));
  return Object.entries(manifest)
    .filter(([f]) => f.endsWith("/page"))
    .map(([, r]) => r.replace(/^\/\[locale\]/, "") || "/")
    .filter((r) => PAGE_ACCESS[r] && !r.includes("..."))
    .sort();
}

export function mayOpen(rule: RouteRule, role: Role | null): boolean {
  if (rule.access === "public") return true;
  if (!role) return false;
  return rule.access === "signed-in" || [rule.access].flat().some((p) => ROLE_PERMISSIONS[role].includes(p));
}

/** The staff pages (and the sign-in page) with the roles that may open each. */
export function staffPages(): { route: string; roles: (Role | null)[] }[] {
  return manifestRoutes()
    .filter((r) => PAGE_ACCESS[r].access !== "public" || r === "/login")
    .map((route) => ({ route, roles: route === "/login" ? [null] : DEMO_ROLES.filter((role) => mayOpen(PAGE_ACCESS[route], role)) }));
}

/** Every Server Action form on one page as rendered for this context (JavaScript off). */
export async function formsOn(context: BrowserContext, url: string): Promise<Omit<ActionForm, "page" | "route" | "role" | "seenOn">[]> {
  const page = await context.newPage();
  await page.goto(url);
  const found = await page.evaluate(() =>
    [...document.forms].map((form) => {
      const submitter = form.querySelector<HTMLButtonElement>("button:not([type=button]):not([type=reset]), input[type=submit]");
      const entries: [string, string][] = [];
      for (const [k, v] of new FormData(form, submitter ?? undefined)) entries.push([k, typeof v === "string" ? v : ""]);
      const fields = [...form.elements]
        .filter((e): e is HTMLInputElement => "name" in e && !!(e as HTMLInputElement).name && !(e as HTMLInputElement).name.startsWith("$ACTION"))
        .filter((e) => !["submit", "button", "reset", "file", "image"].includes(e.type))
        .map((e) => ({
          name: e.name,
          type: e.tagName === "TEXTAREA" ? "textarea" : e.tagName === "SELECT" ? "select" : e.type,
          value: e.type === "checkbox" || e.type === "radio" ? e.value : (e.value ?? ""),
          required: e.required,
          maxLength: e.maxLength > 0 ? e.maxLength : null,
          min: e.getAttribute("min"),
          max: e.getAttribute("max"),
          pattern: e.getAttribute("pattern"),
          inputMode: e.getAttribute("inputmode") ?? "",
          options: e.tagName === "SELECT" ? [...(e as unknown as HTMLSelectElement).options].map((o) => o.value) : [],
        }));
      return { entries, fields, label: (submitter?.textContent ?? submitter?.value ?? "").trim() };
    }),
  );
  await page.close();
  const out: Omit<ActionForm, "page" | "route" | "role" | "seenOn">[] = [];
  for (const f of found) {
    const direct = f.entries.find(([k]) => k.startsWith("$ACTION_ID_"));
    const ref = f.entries.find(([k]) => /^\$ACTION_\d+:0$/.test(k));
    const actionId = direct ? direct[0].slice("$ACTION_ID_".length) : ref ? (JSON.parse(ref[1]).id as string) : null;
    if (!actionId) continue;
    // one field of each name (a checkbox group is one field with its values as options)
    const fields = new Map<string, Field>();
    for (const x of f.fields) {
      const had = fields.get(x.name);
      if (had) had.options.push(x.value);
      else fields.set(x.name, { ...x, options: x.type === "checkbox" || x.type === "radio" ? [x.value] : x.options });
    }
    out.push({ actionId, entries: f.entries, fields: [...fields.values()], label: f.label });
  }
  return out;
}

/**
 * Crawls the staff pages as each role that may open them. `concrete` fills a dynamic
 * segment (a batch id that exists, say); the rule's sample is used otherwise.
 */
export async function discoverActionForms(browser: Browser, baseURL: string, concrete: (route: string, key: string) => string | undefined): Promise<ActionForm[]> {
  const contexts = new Map<Role | null, BrowserContext>();
  const contextFor = async (role: Role | null) => {
    let c = contexts.get(role);
    if (!c) {
      c = await browser.newContext({ baseURL, javaScriptEnabled: false, extraHTTPHeaders: { Origin: baseURL } });
      if (role) await apiSignIn(c, role);
      contexts.set(role, c);
    }
    return c;
  };
  const forms: ActionForm[] = [];
  const seen = new Map<string, ActionForm>();
  for (const { route, roles } of staffPages()) {
    const rule = PAGE_ACCESS[route];
    const url = route.replace(/\[(\w+)\]/g, (_, k: string) => encodeURIComponent(concrete(route, k) ?? rule.sample?.[k] ?? "1"));
    for (const role of roles) {
      for (const f of await formsOn(await contextFor(role), url)) {
        const key = `${f.actionId} ${f.fields.map((x) => x.name).join(",")}`;
        const had = seen.get(key);
        if (had) {
          had.seenOn.push({ route, role });
          continue;
        }
        const form = { ...f, page: url, route, role, seenOn: [{ route, role }] };
        seen.set(key, form);
        forms.push(form);
      }
    }
  }
  for (const c of contexts.values()) await c.close();
  return forms;
}
