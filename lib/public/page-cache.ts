// Whole-page cache for anonymous readers of the public site: filled by proxy.ts, served by
// proxy.ts and, faster, by the front of the server (lib/http/front-server.ts).
//
// Rendering a public page costs 25–90 ms of CPU (charts drawn as SVG, tables, Next's page
// data); serving a stored one costs well under one. Pages are stored per visibility epoch
// (lib/public/epoch.ts): the key of the epoch a page was stored under is checked on every
// hit, and a release or a staff change moves the epoch, so no page outlives what it shows
// and no release waits for a purge. The content of an entry is always at least as new as its
// epoch (the epoch is read before the page is rendered), so nothing unreleased can be stored
// under a key that is served before its release time.
//
// Misses render through a loopback request to this same server, shared by concurrent misses
// of the same page, so a burst of readers costs one render. A stored page is sent unchanged
// to every reader, so it is allowed its inline scripts by their hashes rather than by the
// nonce it was rendered with (lib/http/security-headers.ts), and can be compressed once.
//
// Like lib/db/db-state.ts it lives on globalThis: proxy.ts is bundled apart from the app, and
// the app registers the epoch source when lib/public/epoch.ts first loads.
import { createHash } from "node:crypto";
import { storedPagePolicy } from "@/lib/http/security-headers";
import { epochNow } from "./epoch-source";

export { registerEpochSource } from "./epoch-source";

export type StoredPage = {
  epochKey: string;
  body: Buffer;
  /** with the stored page's own Content-Security-Policy and ETag */
  headers: [string, string][];
  etag: string;
  /** compressed copies, made on first demand (lib/http/front-server.ts) */
  encoded: Map<string, Buffer>;
  bytes: number;
};
type Store = { entries: Map<string, StoredPage>; bytes: number; fills: Map<string, Promise<StoredPage | null>> };

const MAX_BYTES = 96 * 1024 * 1024;
const MAX_KEY = 600;
export const FILL_HEADER = "x-sdm-page-fill";
const SESSION_COOKIE = "sdm_session";
// public pages only; staff pages and sign-in are never stored
const PUBLIC_PATH = /^(\/en)?(\/|\/indicators(\/[^/]+)?|\/industries\/[^/]+|\/regions\/[^/]+|\/releases|\/reports(\/[^/]+)?|\/api-docs|\/embed\/[^/]+)$/;
const KEPT_HEADERS = new Set(["content-type", "vary", "link", "content-language", "x-robots-tag", "x-content-type-options", "referrer-policy", "permissions-policy"]);
// readers revalidate with the ETag: a stored page is only as fresh as the current epoch
const STORED_CACHE_CONTROL = "public, max-age=0, must-revalidate";

const g = globalThis as unknown as { __sdmPageCache?: Store };

function store(): Store {
  g.__sdmPageCache ??= { entries: new Map(), bytes: 0, fills: new Map() };
  return g.__sdmPageCache;
}

export type PageRequest = {
  method: string;
  url: { pathname: string; search: string };
  headers: { get(name: string): string | null; has(name: string): boolean };
  cookies: { has(name: string): boolean };
};

export function isCacheablePage(r: PageRequest): boolean {
  if (r.method !== "GET" || r.headers.has(FILL_HEADER) || r.cookies.has(SESSION_COOKIE)) return false;
  // client-side navigations and prefetches ask for RSC payloads, not HTML
  if (r.headers.has("rsc") || r.headers.has("next-router-prefetch") || r.headers.has("next-router-state-tree")) return false;
  return PUBLIC_PATH.test(r.url.pathname) && r.url.pathname.length + r.url.search.length <= MAX_KEY;
}

/** The host is part of the key: absolute links in a page are built from it. */
function keyOf(r: PageRequest): string {
  const host = r.headers.get("x-forwarded-host") ?? r.headers.get("host") ?? "";
  const proto = r.headers.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}${r.url.pathname}${r.url.search}`;
}

/** SHA-256 (base64) of each inline script, as CSP hash sources name them. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(m[1]) || m[2] === "") continue;
    hashes.add(createHash("sha256").update(m[2], "utf8").digest("base64"));
  }
  return [...hashes];
}

function remember(key: string, entry: StoredPage): void {
  const s = store();
  const old = s.entries.get(key);
  if (old) s.bytes -= old.bytes;
  s.entries.delete(key);
  s.entries.set(key, entry);
  s.bytes += entry.bytes;
  for (const [k, e] of s.entries) {
    if (s.bytes <= MAX_BYTES) break;
    s.entries.delete(k); // Map order: least recently used first
    s.bytes -= e.bytes;
  }
}

async function fill(r: PageRequest, selfOrigin: string, epochKey: string): Promise<StoredPage | null> {
  const headers: Record<string, string> = { [FILL_HEADER]: "1", accept: "text/html" };
  for (const h of ["host", "x-forwarded-host", "x-forwarded-proto", "user-agent"]) {
    const v = r.headers.get(h);
    if (v) headers[h] = v;
  }
  const res = await fetch(`${selfOrigin}${r.url.pathname}${r.url.search}`, { headers, redirect: "manual" });
  const type = res.headers.get("content-type") ?? "";
  if (res.status !== 200 || !type.startsWith("text/html") || res.headers.has("set-cookie")) {
    void res.body?.cancel().catch(() => {});
    return null; // errors, redirects and not-founds are rendered each time, never stored
  }
  const html = await res.text();
  const body = Buffer.from(html, "utf8");
  const etag = `"p-${createHash("sha256").update(body).digest("base64url").slice(0, 24)}"`;
  const kept: [string, string][] = [...res.headers].filter(([k]) => KEPT_HEADERS.has(k));
  kept.push(
    ["content-security-policy", storedPagePolicy(inlineScriptHashes(html), r.url.pathname)],
    ["cache-control", STORED_CACHE_CONTROL],
    ["etag", etag],
  );
  return { epochKey, body, headers: kept, etag, encoded: new Map(), bytes: body.length * 2 + 1024 };
}

/** The page stored for this request under the current epoch, if any; never renders. */
export async function storedPage(r: PageRequest): Promise<StoredPage | null> {
  if (!isCacheablePage(r)) return null;
  const epoch = await epochNow();
  if (!epoch) return null;
  const s = store();
  const key = keyOf(r);
  const stored = s.entries.get(key);
  if (stored === undefined || stored.epochKey !== epoch.key) return null;
  remember(key, stored); // refreshes its place in the LRU order
  return stored;
}

/** The stored page for this request under the current epoch, rendered and stored now if missing. */
async function storedOrFilled(r: PageRequest, selfOrigin: string): Promise<{ page: StoredPage; hit: boolean } | null> {
  if (!isCacheablePage(r)) return null;
  const hit = await storedPage(r);
  if (hit) return { page: hit, hit: true };
  const epoch = await epochNow();
  if (!epoch) return null;
  const s = store();
  const key = keyOf(r);
  const fillKey = `${epoch.key}|${key}`;
  let pending = s.fills.get(fillKey);
  if (!pending) {
    pending = fill(r, selfOrigin, epoch.key)
      .then((page) => {
        if (page) remember(key, page);
        return page;
      })
      .catch(() => null)
      .finally(() => s.fills.delete(fillKey));
    s.fills.set(fillKey, pending);
  }
  const page = await pending;
  return page && { page, hit: false };
}

export function notModified(page: StoredPage, ifNoneMatch: string | null): boolean {
  return !!ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === page.etag);
}

/**
 * For proxy.ts: the stored page for this request (rendered now if missing), or null when the
 * request is not cacheable or the page cannot be stored (the caller then renders it the usual
 * way). Next compresses what the proxy answers.
 */
export async function cachedPage(r: PageRequest, selfOrigin: string): Promise<Response | null> {
  const found = await storedOrFilled(r, selfOrigin);
  if (!found) return null;
  const headers = new Headers(found.page.headers);
  headers.set("x-page-cache", found.hit ? "hit" : "miss");
  if (notModified(found.page, r.headers.get("if-none-match"))) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(found.page.body), { status: 200, headers });
}
