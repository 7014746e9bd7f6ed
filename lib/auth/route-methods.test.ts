import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
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
