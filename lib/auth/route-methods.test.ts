import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../open-api/openapi/build-document";
import { API_ACCESS } from "./route-access";

// The e2e route walk (e2e/route-access.spec.ts) requests each route with the methods its rule
// lists. This keeps those lists equal to what each route.ts exports, so a POST or DELETE added
// later to an existing path cannot escape the walk.
const APP = path.resolve(__dirname, "../../app");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(p) : e.name === "route.ts" ? [p] : [];
  });
}

function exportedMethods(file: string): string[] {
  const src = readFileSync(file, "utf8");
  const names = [...src.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
  return [...new Set(names)].sort();
}

describe("route access table", () => {
  it("lists every route handler with exactly the methods it exports", () => {
    const found = routeFiles(APP).map((f) => {
      const route = "/" + path.relative(APP, path.dirname(f)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join("/");
      return { route, methods: exportedMethods(f) };
    });
    expect(found.length).toBeGreaterThan(20);
    for (const { route, methods } of found) {
      const rule = API_ACCESS[route];
      expect(rule, `${route} is missing from lib/auth/route-access.ts`).toBeDefined();
      expect([...(rule.methods ?? ["GET"])].sort(), route).toEqual(methods);
    }
  });
});

// The OpenAPI document describes every API route of the table (the open API, the staff API
// under /api/v1, SDMX under /sdmx), with the same methods, and nothing that is not a route.
// A catch-all route ([...path]) is documented by the paths its prefix takes parameters after.
describe("OpenAPI paths", () => {
  const documented = (p: string) => p.startsWith("/api/v1/") || p.startsWith("/sdmx/") || p === "/api/openapi.json";
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, unknown>> };
  const routeOf = (docPath: string): string | undefined =>
    Object.keys(API_ACCESS).find((route) => {
      const catchAll = /^(.*)\/\[\.\.\.\w+\]$/.exec(route);
      if (catchAll) return docPath.startsWith(catchAll[1] + "/{") && /^(\/\{\w+\})+$/.test(docPath.slice(catchAll[1].length));
      return route.replace(/\[(\w+)\]/g, "{$1}") === docPath;
    });

  it("equal the route table: every documented path is a route with the same methods", () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const route = routeOf(path);
      expect(route, `${path} is documented but is no route`).toBeDefined();
      expect(Object.keys(item).map((m) => m.toUpperCase()).sort(), path).toEqual([...(API_ACCESS[route!].methods ?? ["GET"])].sort());
    }
  });
  it("equal the route table: every API route is documented", () => {
    const covered = new Set(Object.keys(doc.paths).map(routeOf));
    const missing = Object.keys(API_ACCESS).filter((r) => documented(r) && !covered.has(r));
    expect(missing).toEqual([]);
  });
});
