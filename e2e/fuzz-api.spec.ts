// Every route handler of the build (its own route manifest, with the access table of
// lib/auth/route-access.ts) gets the bad-input corpus of helpers/fuzz-corpus.ts, as anonymous
// and as admin (Bearer token; plus a role that may call the route where admin may not). Each
// answer must be a 2xx/3xx or a 4xx whose JSON body says what was wrong (under /api; feeds,
// charts and files may answer a plain 4xx) — never a 5xx — and no body may show a stack
// trace, a module path or SQL.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { API_ACCESS, type RouteRule } from "../lib/auth/route-access";
import { ROLE_PERMISSIONS, type Role } from "../lib/auth/roles";
import { bearerToken, DEMO_ROLES } from "./helpers/auth";
import { jsonBodyCases, PATH_VALUES, queryCases, SAFE_ID, shapedBodyCases, uploadCases, type FuzzCase } from "./helpers/fuzz-corpus";

const manifest: Record<string, string> = JSON.parse(readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "app-path-routes-manifest.json"), "utf8"));
const apiRoutes = Object.entries(manifest)
  .filter(([file]) => file.endsWith("/route") && !file.startsWith("/_"))
  .map(([, route]) => route)
  .filter((route) => API_ACCESS[route]) // a route missing from the table fails e2e/route-access.spec.ts
  .sort();

// "at /" as a stack frame has it ("    at /app/…", "at Object.<anonymous> (/app/x.js:1:2)"),
// not as inside "format / Unknown parameter"
const LEAKS = [/\bat \//, /\(\/[^)\s]+:\d+:\d+\)/, /node_modules/, /PrismaClient/, /SELECT /, /syntax error/i];

function concrete(route: string, rule: RouteRule, value?: string): string {
  return route.replace(/\[(\w+)\]/g, (_, k: string) => value ?? rule.sample?.[k] ?? SAFE_ID);
}

/** The cases one method of one route gets: query strings for GET, bodies otherwise, path values for both. */
function casesFor(route: string, rule: RouteRule, method: string): { url: string; c: FuzzCase }[] {
  const base = concrete(route, rule);
  const out: { url: string; c: FuzzCase }[] = [];
  if (method === "GET") for (const c of queryCases()) out.push({ url: base + (c.query ?? ""), c });
  else {
    const bodies = route === "/api/v1/batches" ? uploadCases() : [...jsonBodyCases(), ...shapedBodyCases(route)];
    for (const c of bodies) out.push({ url: base + (c.query ?? ""), c });
  }
  if (route.includes("[")) {
    for (const v of PATH_VALUES) out.push({ url: concrete(route, rule, v), c: { name: `path parameter ${JSON.stringify(v.slice(0, 24))}`, body: method === "GET" ? undefined : "{}", headers: { "Content-Type": "application/json" } } });
  }
  return out;
}

function allowed(rule: RouteRule, method: string, role: Role): boolean {
  const access = rule.byMethod?.[method] ?? rule.access;
  return access === "public" || access === "signed-in" || [access].flat().some((p) => ROLE_PERMISSIONS[role].includes(p));
}

/** Anonymous, admin, and — where admin may not call the route — a role that may, so the handler's parsing is reached. */
function identities(rule: RouteRule, method: string): (Role | "anonymous")[] {
  if (allowed(rule, method, "admin")) return ["anonymous", "admin"];
  const role = DEMO_ROLES.find((r) => allowed(rule, method, r));
  return role ? ["anonymous", "admin", role] : ["anonymous", "admin"];
}

/** Sends one case; a public-API rate limit (429 rate_limited) is waited out as its Retry-After says. */
async function send(ctx: APIRequestContext, method: string, url: string, c: FuzzCase): Promise<APIResponse> {
  for (let attempt = 0; ; attempt++) {
    const res = await ctx.fetch(url, { method, headers: c.headers, data: c.body, maxRedirects: 0, timeout: 30_000 });
    if (res.status() !== 429 || attempt === 5) return res;
    const body = await res.json().catch(() => null);
    if (body?.error?.code !== "rate_limited") return res;
    await new Promise((r) => setTimeout(r, 1000 * Number(res.headers()["retry-after"] ?? 1)));
  }
}

/** Route handlers under /api answer errors as JSON; feeds, charts and files answer them as a plain 4xx. */
function problemsOf(url: string, res: APIResponse, text: string): string[] {
  const status = res.status();
  const out: string[] = [];
  if (status >= 500) out.push(`status ${status}`);
  if (status >= 400 && !url.startsWith("/api/") && !text.trim()) out.push("empty error body");
  if (status >= 400 && url.startsWith("/api/")) {
    let message: unknown;
    try {
      const body = JSON.parse(text);
      // { error: { code, message } }, or an upload's validation report { status: "invalid", errors: [{ line, code, message }] }
      message = body?.error?.message ?? body?.errors?.[0]?.message;
    } catch {
      // not JSON
    }
    if (typeof message !== "string" || !message.trim()) out.push("no JSON error message");
  }
  for (const re of LEAKS) if (re.test(text)) out.push(`leaks ${re}`);
  return out;
}

const tokens = new Map<Role, string>();
test.beforeAll(async ({ baseURL }) => {
  for (const role of DEMO_ROLES) tokens.set(role, await bearerToken(baseURL!, role));
});

test("[FUZZ]: the build has API routes to fuzz", () => {
  expect(apiRoutes.length).toBeGreaterThan(10);
});

for (const route of apiRoutes) {
  const rule = API_ACCESS[route];
  for (const method of rule.methods ?? ["GET"]) {
    test(`[FUZZ]: ${method} ${route}`, async ({ baseURL }) => {
      test.setTimeout(180_000);
      const failures: string[] = [];
      let sent = 0;
      for (const who of identities(rule, method)) {
        const ctx = await request.newContext({ baseURL, extraHTTPHeaders: who === "anonymous" ? {} : { Authorization: `Bearer ${tokens.get(who)}` } });
        for (const { url, c } of casesFor(route, rule, method)) {
          const res = await send(ctx, method, url, c);
          const text = await res.text();
          sent++;
          const problems = problemsOf(url, res, text);
          if (problems.length) failures.push(`${method} ${url.slice(0, 100)} [${c.name}] as ${who} → ${res.status()} ${problems.join(", ")}: ${text.slice(0, 160)}`);
        }
        await ctx.dispose();
      }
      expect(sent).toBeGreaterThan(10);
      expect(failures).toEqual([]);
    });
  }
}
