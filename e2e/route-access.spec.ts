// Walks every route of the build (its own route manifest) as anonymous, as each single role
// and as admin, and checks the redirect, 401 or 403 each must give. A route added later
// without an access rule in lib/auth/route-access.ts fails here before it can ship.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { API_ACCESS, PAGE_ACCESS, type RouteRule } from "../lib/auth/route-access";
import { ROLE_PERMISSIONS, type Role } from "../lib/auth/roles";
import { DEMO_ROLES, requestAs } from "./helpers/auth";

const manifest: Record<string, string> = JSON.parse(
  readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "app-path-routes-manifest.json"), "utf8"),
);
const routes = Object.entries(manifest)
  .filter(([file]) => !file.startsWith("/_"))
  .map(([file, route]) => ({ kind: file.endsWith("/route") ? ("api" as const) : ("page" as const), route: route.replace(/^\/\[locale\]/, "") || "/" }));

function concrete(route: string, rule: RouteRule): string {
  return route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, k: string) => rule.sample?.[k] ?? "1");
}

function allowed(rule: RouteRule, method: string, role: Role | null): boolean {
  const access = rule.byMethod?.[method] ?? rule.access;
  if (access === "public") return true;
  if (!role) return false;
  return access === "signed-in" || [access].flat().some((p) => ROLE_PERMISSIONS[role].includes(p));
}

test("[ROLES]: every route of the build has an access rule", () => {
  const missing = routes.filter((r) => !(r.kind === "page" ? PAGE_ACCESS : API_ACCESS)[r.route]).map((r) => r.route);
  expect(missing, "routes without an entry in lib/auth/route-access.ts").toEqual([]);
  expect(routes.length).toBeGreaterThan(5);
});

for (const who of [null, ...DEMO_ROLES] as const) {
  test(`[ROLES]: pages and API as ${who ?? "anonymous"}`, async ({ baseURL }) => {
    const ctx: APIRequestContext = await requestAs(baseURL!, who ?? undefined);
    for (const r of routes) {
      const rule = (r.kind === "page" ? PAGE_ACCESS : API_ACCESS)[r.route];
      if (!rule || r.route === "/api/v1/auth/session") continue; // signing out would end this walk
      const url = concrete(r.route, rule);
      for (const method of rule.methods ?? ["GET"]) {
        const res = await ctx.fetch(url, { method, maxRedirects: 0, data: method === "GET" ? undefined : {} });
        const status = res.status();
        const label = `${method} ${url} as ${who ?? "anonymous"} → ${status}`;
        if (allowed(rule, method, who)) {
          expect([401, 403], label).not.toContain(status);
          if (rule.status) expect(status, label).toBe(rule.status);
          else if (r.kind === "page") expect(status, label).toBeLessThan(300);
        } else if (r.kind === "page") {
          if (!who) {
            expect(status, label).toBe(307);
            expect(res.headers().location, label).toContain(`/login?next=${encodeURIComponent(url)}`);
          } else {
            expect(status, label).toBe(403);
          }
        } else {
          expect(status, label).toBe(who ? 403 : 401);
        }
      }
    }
    await ctx.dispose();
  });
}
