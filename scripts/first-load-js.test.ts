import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { firstLoadJs, isPublicRoute } from "./first-load-js";

describe("first-load JS of public routes", () => {
  const staff = ["admin", "dashboard", "returns", "review", "staff", "uploads", "login"];

  it("counts the readers' pages and the not-found page, not the staff area, sign-in or Next's own /_not-found", () => {
    expect(isPublicRoute("/[locale]", staff)).toBe(true);
    expect(isPublicRoute("/[locale]/indicators/[code]", staff)).toBe(true);
    expect(isPublicRoute("/[locale]/[...rest]", staff)).toBe(true);
    expect(isPublicRoute("/[locale]/returns/[period]", staff)).toBe(false);
    expect(isPublicRoute("/[locale]/admin/users", staff)).toBe(false);
    expect(isPublicRoute("/[locale]/login", staff)).toBe(false);
    expect(isPublicRoute("/_not-found", staff)).toBe(false);
  });

  it("sums the gzip sizes of a route's chunks, a chunk shared by two routes counted in each", () => {
    const dist = mkdtempSync(path.join(tmpdir(), "first-load-"));
    const app = path.join(dist, "app");
    mkdirSync(path.join(app, "[locale]", "(staff)", "admin"), { recursive: true });
    mkdirSync(path.join(dist, "diagnostics"));
    mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
    writeFileSync(path.join(dist, "static/chunks/a.js"), "x".repeat(1000));
    writeFileSync(path.join(dist, "static/chunks/b.js"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
    const stats = [
      { route: "/[locale]", firstLoadChunkPaths: [".next/static/chunks/a.js", ".next/static/chunks/b.js"] },
      { route: "/[locale]/indicators", firstLoadChunkPaths: [".next/static/chunks/a.js"] },
      { route: "/[locale]/admin/users", firstLoadChunkPaths: [".next/static/chunks/a.js"] },
    ];
    writeFileSync(path.join(dist, "diagnostics/route-bundle-stats.json"), JSON.stringify(stats));
    const routes = firstLoadJs(dist, app);
    expect(routes.map((r) => r.route)).toEqual(["/", "/indicators"]);
    const [home, catalogue] = routes;
    expect(catalogue.bytes).toBeLessThan(100); // 1000 repeated bytes compress to a few dozen
    expect(home.bytes).toBe(catalogue.bytes + home.chunks[1].bytes);
    expect(home.chunks[1].bytes).toBeGreaterThan(250); // varied bytes barely compress
  });
});
