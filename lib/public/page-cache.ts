// Whole-page cache for anonymous readers of the public site, used by proxy.ts.
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
// of the same page, so a burst of readers costs one render. The stored page's CSP nonce is
// replaced by a fresh one on every response: the nonce stays unguessable per response.
//
// Like lib/db/db-state.ts it lives on globalThis: proxy.ts is bundled apart from the app, and
// the app registers the epoch source when lib/public/epoch.ts first loads.

type EpochSource = () => Promise<{ key: string }>;
type Entry = { epochKey: string; body: string; nonce: string; headers: [string, string][]; bytes: number };
type Store = { source: EpochSource | null; entries: Map<string, Entry>; bytes: number; fills: Map<string, Promise<Entry | null>> };

const MAX_BYTES = 96 * 1024 * 1024;
const MAX_KEY = 600;
export const FILL_HEADER = "x-sdm-page-fill";
const SESSION_COOKIE = "sdm_session";
// public pages only; staff pages and sign-in are never stored
const PUBLIC_PATH = /^(\/en)?(\/|\/indicators(\/[^/]+)?|\/industries\/[^/]+|\/regions\/[^/]+|\/releases|\/reports(\/[^/]+)?|\/api-docs|\/embed\/[^/]+)$/;
const KEPT_HEADERS = new Set(["content-type", "cache-control", "vary", "link", "content-language", "x-robots-tag"]);

const g = globalThis as unknown as { __sdmPageCache?: Store };

function store(): Store {
  g.__sdmPageCache ??= { source: null, entries: new Map(), bytes: 0, fills: new Map() };
  return g.__sdmPageCache;
}

/** Called by lib/public/epoch.ts when it loads: the proxy has no database access of its own. */
export function registerEpochSource(source: EpochSource): void {
  store().source = source;
}

export type PageRequest = { method: string; url: URL; headers: Headers; cookies: { has(name: string): boolean } };

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

export function nonceOf(csp: string | null): string | null {
  return csp?.match(/'nonce-([^']+)'/)?.[1] ?? null;
}

function remember(key: string, entry: Entry): void {
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

async function fill(r: PageRequest, selfOrigin: string, epochKey: string): Promise<Entry | null> {
  const headers: Record<string, string> = { [FILL_HEADER]: "1", accept: "text/html" };
  for (const h of ["host", "x-forwarded-host", "x-forwarded-proto", "user-agent"]) {
    const v = r.headers.get(h);
    if (v) headers[h] = v;
  }
  const res = await fetch(`${selfOrigin}${r.url.pathname}${r.url.search}`, { headers, redirect: "manual" });
  const type = res.headers.get("content-type") ?? "";
  const nonce = nonceOf(res.headers.get("content-security-policy"));
  if (res.status !== 200 || !type.startsWith("text/html") || !nonce || res.headers.has("set-cookie")) {
    void res.body?.cancel().catch(() => {});
    return null; // errors, redirects and not-founds are rendered each time, never stored
  }
  const body = await res.text();
  const kept = [...res.headers].filter(([k]) => KEPT_HEADERS.has(k));
  return { epochKey, body, nonce, headers: kept, bytes: body.length * 2 };
}

/**
 * The stored page for this request under the current epoch, rendered now if missing; null
 * when the request is not cacheable or the page cannot be stored (the caller then renders
 * it the usual way). `nonce` and `csp` are this response's own.
 */
export async function cachedPage(r: PageRequest, selfOrigin: string, nonce: string, csp: string): Promise<Response | null> {
  const s = store();
  if (!s.source || !isCacheablePage(r)) return null;
  const epoch = await s.source();
  const key = keyOf(r);
  const stored = s.entries.get(key);
  const hit = stored !== undefined && stored.epochKey === epoch.key;
  let entry: Entry | null = hit ? stored : null;
  if (!entry) {
    const fillKey = `${epoch.key}|${key}`;
    let pending = s.fills.get(fillKey);
    if (!pending) {
      pending = fill(r, selfOrigin, epoch.key)
        .catch(() => null)
        .finally(() => s.fills.delete(fillKey));
      s.fills.set(fillKey, pending);
    }
    entry = await pending;
    if (!entry) return null;
  }
  remember(key, entry); // stores a fresh page, or refreshes a stored one's place in the LRU order
  const headers = new Headers(entry.headers);
  headers.set("content-security-policy", csp);
  headers.set("x-page-cache", hit ? "hit" : "miss");
  // Next compresses proxy responses itself (gzip when the client accepts it)
  return new Response(entry.body.replaceAll(entry.nonce, nonce), { status: 200, headers });
}
