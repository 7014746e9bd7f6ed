// The JavaScript a reader's browser loads before a public page is usable: for every public
// route of the last build, the gzip size of its first-load chunks (Next's own list,
// <distDir>/diagnostics/route-bundle-stats.json). bench/public.ts prints it; run as a script
// after `next build` it is the gate: exits 1 when a route exceeds the limit, and prints the
// "first-load-js <passed> <failed>" line scripts/test-all.sh adds to its summary.
//   tsx scripts/first-load-js.ts [--limit-kb 140]   (reads NEXT_DIST_DIR or .next)
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

export const FIRST_LOAD_JS_LIMIT_KB = 140;

/** Top-level folders of the staff area: every route under them (and sign-in) is for staff, not readers. */
function staffSegments(appDir: string): string[] {
  const staffDir = path.join(appDir, "[locale]", "(staff)");
  return [...readdirSync(staffDir).filter((d) => statSync(path.join(staffDir, d)).isDirectory()), "login"];
}

/** A page route readers reach: under /[locale], not in the staff area. Route handlers have no first-load JS list. */
export function isPublicRoute(route: string, staff: string[]): boolean {
  if (!route.startsWith("/[locale]")) return false; // /_not-found: Next's own, never served (app/[locale]/[...rest] is)
  const first = route.replace("/[locale]", "").split("/")[1] ?? "";
  return !staff.includes(first);
}

export type RouteWeight = { route: string; bytes: number; kb: number; chunks: { file: string; bytes: number }[] };

export function firstLoadJs(distDir: string, appDir = "app"): RouteWeight[] {
  const stats = JSON.parse(readFileSync(path.join(distDir, "diagnostics/route-bundle-stats.json"), "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const staff = staffSegments(appDir);
  const gz = new Map<string, number>();
  const gzipOf = (p: string) => {
    // the list names files under the build's folder as ".next/…" whatever NEXT_DIST_DIR was
    const file = path.join(distDir, p.replace(/^[^/]+\//, ""));
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file)).length);
    return gz.get(file)!;
  };
  return stats
    .filter((s) => isPublicRoute(s.route, staff))
    .map((s) => {
      const chunks = s.firstLoadChunkPaths.map((p) => ({ file: path.basename(p), bytes: gzipOf(p) }));
      const bytes = chunks.reduce((sum, c) => sum + c.bytes, 0);
      return { route: s.route.replace("/[locale]", "") || "/", bytes, kb: Math.round((bytes / 1024) * 10) / 10, chunks };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const i = process.argv.indexOf("--limit-kb");
  const limit = i > 0 ? Number(process.argv[i + 1]) : FIRST_LOAD_JS_LIMIT_KB;
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  let routes: RouteWeight[];
  try {
    routes = firstLoadJs(distDir);
  } catch (e) {
    console.error(`first-load JS: cannot read the build in ${distDir} (${(e as Error).message}); run next build first`);
    console.log("first-load-js 0 1");
    process.exit(1);
  }
  const over = routes.filter((r) => r.bytes > limit * 1024);
  console.error(`first-load JS per public route (gzip; limit ${limit} KB):`);
  for (const r of routes) console.error(`  ${r.route.padEnd(28)} ${r.kb.toFixed(1).padStart(6)} KB ${r.bytes > limit * 1024 ? "OVER" : "ok"}`);
  if (routes.length === 0) console.error("  no public route found in the build's route list");
  console.log(`first-load-js ${routes.length - over.length} ${routes.length === 0 ? 1 : over.length}`);
  process.exit(over.length > 0 || routes.length === 0 ? 1 : 0);
}
