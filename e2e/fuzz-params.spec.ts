// One bad value per parameter, generated from the app's own route table: every GET operation
// of the OpenAPI document the app serves (each query and path parameter in turn, with values
// chosen by its schema, plus repeated, unknown and bracketed parameters), and every page of
// the build's route manifest (each path segment, and the query parameters pages read, found in
// their source). Gate: no 5xx, no stack trace, module path or SQL in any answer, every 4xx of
// the API names the refused parameter, and the server logs no error meanwhile (the e2e server
// copies its console.error to SERVER_ERROR_LOG: scripts/serve.ts).
// e2e/fuzz-api.spec.ts covers bodies of POST/DELETE handlers and uploads.
// FUZZ_DUMP=<file> writes every failure there in full (the assertion shows them cut short).
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, request, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import fc from "fast-check";
import { API_ACCESS, PAGE_ACCESS } from "../lib/auth/route-access";
import { ROLE_PERMISSIONS, type Role } from "../lib/auth/roles";
import { apiSignIn, bearerToken, DEMO_ROLES } from "./helpers/auth";
import { SAFE_ID } from "./helpers/fuzz-corpus";
import { badValuesFor, COMMON, PATH_SEGMENT, type BadValue } from "./helpers/fuzz-values";
import { serverErrorLog } from "./helpers/server-log";

const LEAKS = [/\bat \//, /\(\/[^)\s]+:\d+:\d+\)/, /node_modules/, /PrismaClient/, /\bSELECT\b.*\bFROM\b/, /syntax error/i, /\.tsx?:\d+/];

type Schema = { type?: string; enum?: unknown[]; minimum?: number; maximum?: number; example?: unknown; examples?: unknown[]; pattern?: string; format?: string; items?: Schema };
type Param = { name: string; in: "query" | "path"; schema?: Schema; example?: unknown; style?: string };

/** A valid value for a schema, generated from it (example, enum, pattern, format), or null. */
function validValue(schema: Schema | undefined): string | null {
  if (!schema) return null;
  if (schema.type === "array") return validValue(schema.items);
  const given = schema.examples?.[0] ?? schema.example ?? schema.enum?.[0];
  if (given !== undefined) return String(given);
  if (schema.pattern) return fc.sample(fc.stringMatching(new RegExp(schema.pattern)), { numRuns: 1, seed: 20 })[0];
  if (schema.format === "date") return new Date().toISOString().slice(0, 10);
  if (schema.type === "integer") return String(schema.minimum ?? 1);
  return null;
}

/**
 * Parameters read together with p: the others of the same schema (from and to, the two ends of
 * a range), set to valid values beside each bad one, so that checks across them run too (a
 * malformed from beside a valid to once crashed such a check).
 */
function siblings(op: Operation, p: Param): string {
  const same = op.parameters.filter((x) => x.in === "query" && x.name !== p.name && JSON.stringify(x.schema) === JSON.stringify(p.schema));
  return same.flatMap((x) => {
    const v = validValue(x.schema);
    return v === null ? [] : [`${x.name}=${encodeURIComponent(v)}`];
  }).join("&");
}
type Operation = { method: string; path: string; parameters: Param[]; staff: boolean };

function leaks(text: string): string[] {
  return LEAKS.filter((re) => re.test(text)).map((re) => `leaks ${re}`);
}

/** Sends a GET; a rate-limit 429 is waited out as its Retry-After says. */
let waits = 0;
async function get(ctx: APIRequestContext, url: string): Promise<APIResponse> {
  for (let attempt = 0; ; attempt++) {
    const res = await ctx.get(url, { maxRedirects: 0, timeout: 30_000 });
    if (res.status() !== 429 || attempt === 8) return res;
    waits++;
    await new Promise((r) => setTimeout(r, 1000 * Number(res.headers()["retry-after"] ?? 1)));
  }
}

// the front server's answer to an address that is not valid UTF-8 or percent-encoding (before any route)
const BAD_ADDRESS = /地址无效/;
// a path segment names a resource: its 4xx says that resource is unknown or the segment invalid
// (SDMX answers an unknown agency, flow, version or key "No results", 404, as its standard says)
const UNKNOWN_RESOURCE = /not found|could not be found|No such|No results|Unknown|Invalid|不存在|未知|无效|没有符合/i;

/** A 4xx must say what was wrong and name the parameter (a path segment: say what it named is unknown). */
function namesParameter(text: string, param: Param): boolean {
  if (BAD_ADDRESS.test(text)) return true;
  if (param.in === "path") return UNKNOWN_RESOURCE.test(text) || text.toLowerCase().includes(param.name.toLowerCase());
  const names = param.style === "deepObject" ? [`${param.name}[`] : [param.name];
  return names.some((n) => text.includes(n));
}

/** The role that may call an operation (admin where admin may), as route-access.ts says. */
function roleFor(op: Operation): Role {
  const rule = API_ACCESS[op.path.replace(/\{(\w+)\}/g, "[$1]")];
  const access = rule?.byMethod?.GET ?? rule?.access ?? "signed-in";
  const may = (role: Role) => access === "public" || access === "signed-in" || [access].flat().some((p) => ROLE_PERMISSIONS[role].includes(p as never));
  return may("admin") ? "admin" : (DEMO_ROLES.find(may) ?? "admin");
}

function examplePath(op: Operation, override?: { name: string; raw: string }): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (override?.name === name) return override.raw;
    const p = op.parameters.find((x) => x.name === name);
    const sample = API_ACCESS[op.path.replace(/\{(\w+)\}/g, "[$1]")]?.sample?.[name];
    return encodeURIComponent(String(p?.example ?? p?.schema?.example ?? sample ?? (p?.schema?.type === "integer" ? SAFE_ID : "DE001")));
  });
}

/** The path, with the example of every required query parameter but `except`. */
function exampleUrl(op: Operation, except?: string): string {
  const required = op.parameters.filter((p) => p.in === "query" && (p as { required?: boolean }).required && p.name !== except && p.example !== undefined);
  return examplePath(op) + (required.length ? `?${required.map((p) => `${p.name}=${encodeURIComponent(String(p.example))}`).join("&")}` : "");
}

let ops: Operation[] = [];
const tokens = new Map<Role, string>();

test.beforeAll(async ({ baseURL }) => {
  const ctx = await request.newContext({ baseURL });
  const doc = await (await ctx.get("/api/openapi.json")).json();
  await ctx.dispose();
  for (const [p, item] of Object.entries<Record<string, { parameters?: Param[]; security?: unknown[] }>>(doc.paths)) {
    const op = item.get;
    if (!op) continue;
    ops.push({ method: "GET", path: p, parameters: (op.parameters ?? []).filter((x) => x.in === "query" || x.in === "path"), staff: !(Array.isArray(op.security) && op.security.length === 0) });
  }
  ops = ops.sort((a, b) => a.path.localeCompare(b.path));
  for (const role of new Set(ops.filter((o) => o.staff).map(roleFor))) tokens.set(role, await bearerToken(baseURL!, role));
});

/** What the server logged as an error since `since` (a byte offset), first lines only. */
function loggedSince(since: number): string[] {
  let log = "";
  try {
    log = readFileSync(serverErrorLog).subarray(since).toString("utf8");
  } catch {
    // no file: nothing was logged
  }
  return log.split("\n").filter(Boolean).slice(0, 20);
}

function logSize(): number {
  try {
    return statSync(serverErrorLog).size;
  } catch {
    return 0;
  }
}

test("[FUZZ] the OpenAPI document lists the operations to fuzz", () => {
  expect(ops.length).toBeGreaterThan(10);
  expect(ops.some((o) => o.path === "/api/v1/observations" && o.parameters.some((p) => p.name === "from"))).toBe(true);
});

test("[FUZZ] every parameter of every API operation gets bad values: 400 naming it, never 5xx, no error logged", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const since = logSize();
  const anon = await request.newContext({ baseURL });
  const staff = new Map<Role, APIRequestContext>();
  for (const [role, token] of tokens) staff.set(role, await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } }));
  const failures: string[] = [];
  let sent = 0;
  // the status of the operation's example request: a fuzzed request that answers the same 4xx
  // (an id that exists nowhere: 404) was not refused for the fuzzed parameter
  let baseline = 0;
  const check = async (op: Operation, param: Param | null, v: BadValue, url: string) => {
    const res = await get(op.staff ? staff.get(roleFor(op))! : anon, url);
    const text = await res.text();
    sent++;
    const problems = leaks(text);
    const status = res.status();
    if (status >= 500) problems.push(`status ${status}`);
    if (param && status >= 400 && status < 500 && status !== baseline && !namesParameter(text, param)) problems.push("4xx does not name the parameter");
    if (problems.length) failures.push(`${url.slice(0, 120)} [${param?.name ?? "-"}: ${v.name}] → ${res.status()} ${problems.join(", ")}: ${text.slice(0, 200)}`);
  };
  for (const op of ops) {
    const base = exampleUrl(op);
    const join = (q: string, except?: string) => {
      const b = exampleUrl(op, except);
      return b + (b.includes("?") ? "&" : "?") + q;
    };
    baseline = (await get(op.staff ? staff.get(roleFor(op))! : anon, base)).status();
    if (baseline >= 500) failures.push(`${base} (example) → ${baseline}`);
    for (const param of op.parameters) {
      const values = param.in === "path" ? PATH_SEGMENT : badValuesFor(param.schema);
      for (const v of values) {
        if (param.in === "path") await check(op, param, v, examplePath(op, { name: param.name, raw: v.raw }));
        else if (param.style === "deepObject") await check(op, param, v, join(`${param.name}[TIME_PERIOD]=${v.raw}`));
        else {
          const with_ = siblings(op, param);
          await check(op, param, v, join(`${param.name}=${v.raw}${with_ ? `&${with_}` : ""}`, param.name));
        }
      }
      if (param.in === "query" && param.style !== "deepObject") {
        await check(op, param, { name: "repeated", raw: "" }, join(`${param.name}=1&${param.name}=2`, param.name));
        await check(op, param, { name: "bracketed", raw: "" }, join(`${param.name}[]=1&${param.name}[a]=2`, param.name));
        await check(op, param, { name: "bad percent-encoding in the name", raw: "" }, join(`${param.name}%ZZ=1`, param.name));
      }
    }
    await check(op, { name: "zzUnknown", in: "query" }, { name: "unknown parameter", raw: "" }, join("zzUnknown=1"));
  }
  await anon.dispose();
  for (const ctx of staff.values()) await ctx.dispose();
  console.log(`API fuzz: ${sent} requests, ${waits} rate-limit waits`);
  expect(sent).toBeGreaterThan(300);
  if (process.env.FUZZ_DUMP) (await import("node:fs")).writeFileSync(process.env.FUZZ_DUMP, failures.join("\n"));
  expect(failures).toEqual([]);
  expect(loggedSince(since), "the server's error log").toEqual([]);
});

// Query parameters pages read, from their source: `sp.name`, `search.name`, `first(search.name)`,
// `searchParams: Promise<{ name?: … }>` and searchParams().get("name") in pages and the parsers they call.
function pageParamNames(): string[] {
  const files = [
    ...Object.keys(JSON.parse(readFileSync(manifestPath(), "utf8")))
      .filter((f) => f.endsWith("/page"))
      .map((f) => path.join("app", `${f}.tsx`)),
    "lib/public/indicator-params.ts",
    "lib/public/catalogue-filter.ts",
    "lib/dashboard/filters.ts",
  ];
  const names = new Set<string>();
  for (const f of files) {
    let src = "";
    try {
      src = readFileSync(f, "utf8");
    } catch {
      continue;
    }
    for (const m of src.matchAll(/\b(?:sp|search|raw|query|params)\.(\w+)\b/g)) names.add(m[1]);
    for (const m of src.matchAll(/searchParams: Promise<\{([^}]*)\}>/g)) for (const k of m[1].matchAll(/(\w+)\?:/g)) names.add(k[1]);
    for (const m of src.matchAll(/\.get\("(\w+)"\)/g)) names.add(m[1]);
  }
  for (const n of ["locale", "code", "id", "period", "map", "length", "then"]) names.delete(n);
  return [...names].sort();
}

function manifestPath(): string {
  return path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "app-path-routes-manifest.json");
}

test("[FUZZ] every page gets bad path segments and bad values in every query parameter pages read: never 5xx, no error logged", async ({ baseURL }) => {
  test.setTimeout(150_000);
  const since = logSize();
  const manifest: Record<string, string> = JSON.parse(readFileSync(manifestPath(), "utf8"));
  const pages = Object.entries(manifest)
    .filter(([f]) => f.endsWith("/page"))
    .map(([, route]) => route.replace(/^\/\[locale\]/, "") || "/")
    .filter((r) => PAGE_ACCESS[r])
    .sort();
  const names = pageParamNames();
  expect(names).toEqual(expect.arrayContaining(["from", "to", "measure", "region"]));
  const anon = await request.newContext({ baseURL });
  const admin = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
  await apiSignIn(admin, "admin");
  const failures: string[] = [];
  let sent = 0;
  // every parameter pages read set to one bad value at a time (all at once, so that each page meets each value)
  const queries = COMMON.map((v) => ({ name: v.name, q: names.map((n) => `${n}=${v.raw}`).join("&") }));
  queries.push({ name: "repeated parameters", q: names.map((n) => `${n}=1&${n}=2`).join("&") });
  queries.push({ name: "bracketed parameters", q: names.map((n) => `${n}[]=1`).join("&") });
  for (const route of pages) {
    const rule = PAGE_ACCESS[route];
    const ctx = rule.access === "public" ? anon : admin;
    const urls: { url: string; name: string }[] = [];
    const at = (over?: string) => `/zh${route === "/" ? "" : route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, k: string) => over ?? encodeURIComponent(rule.sample?.[k] ?? SAFE_ID))}`;
    for (const { name, q } of queries) urls.push({ url: `${at()}?${q}`, name });
    if (route.includes("[")) for (const v of PATH_SEGMENT) urls.push({ url: at(v.raw), name: `path ${v.name}` });
    for (const { url, name } of urls) {
      const res = await get(ctx, url);
      const text = await res.text();
      sent++;
      const problems = leaks(text);
      if (res.status() >= 500) problems.push(`status ${res.status()}`);
      if (problems.length) failures.push(`${url.slice(0, 120)} [${name}] → ${res.status()} ${problems.join(", ")}: ${text.replace(/\s+/g, " ").slice(0, 160)}`);
    }
  }
  await anon.dispose();
  await admin.dispose();
  expect(sent).toBeGreaterThan(200);
  if (process.env.FUZZ_DUMP) (await import("node:fs")).writeFileSync(`${process.env.FUZZ_DUMP}.pages`, failures.join("\n"));
  expect(failures).toEqual([]);
  expect(loggedSince(since), "the server's error log").toEqual([]);
});
