// The front of the production server (scripts/serve.ts): a request for a page that is stored
// under the current visibility epoch (lib/public/page-cache.ts) is answered here, from memory,
// already compressed; everything else goes on to Next's handler, where proxy.ts renders and
// stores misses. Next's own path costs several times a static file for a stored page (routing,
// the proxy, a Web Response piped into Node, compression of every copy); this one costs about
// what a static file does, which is what lets a release-day crowd be served from one machine.
import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { dbState } from "@/lib/db/db-state";
import { storedAnswer } from "@/lib/open-api/answer-cache";
import { sdmxAnswerKey } from "@/lib/sdmx/negotiate";
import { CORS_HEADERS } from "@/lib/open-api/cors";
import { etagOf, matchesIfNoneMatch } from "@/lib/open-api/etag";
import { publicApiLimiter, rateLimitHeaders } from "@/lib/open-api/rate-limit";
import { epochNow, maxAgeSeconds } from "@/lib/public/epoch-source";
import { notModified, storedPage, type PageRequest, type StoredPage } from "@/lib/public/page-cache";
import { badAddressAnswer } from "./bad-address";
import { clientIp } from "./client-ip";

// what next.config.js adds to every answer (lib/http/front-server.test.ts keeps them equal)
export const COMMON_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

function headerValue(req: IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
}

function pageRequest(req: IncomingMessage): PageRequest {
  const url = new URL(req.url ?? "/", "http://front");
  const cookieNames = new Set((headerValue(req, "cookie") ?? "").split(";").map((c) => c.split("=")[0].trim()));
  return {
    method: req.method ?? "GET",
    url: { pathname: url.pathname, search: url.search },
    headers: { get: (n) => headerValue(req, n.toLowerCase()), has: (n) => req.headers[n.toLowerCase()] !== undefined },
    cookies: { has: (n) => cookieNames.has(n) },
  };
}

/** The best encoding the client accepts among br and gzip, or null for none. */
export function chooseEncoding(acceptEncoding: string | null): "br" | "gzip" | null {
  const accepted = new Set<string>();
  for (const part of (acceptEncoding ?? "").toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name.trim());
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return null;
}

function encoded(stored: { body: Uint8Array; encoded: Map<string, Buffer> }, encoding: "br" | "gzip"): Buffer {
  let body = stored.encoded.get(encoding);
  if (!body) {
    // once per answer and epoch; brotli quality 5 compresses about as well as gzip -9, far faster than 11
    body = encoding === "br" ? brotliCompressSync(stored.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(stored.body);
    stored.encoded.set(encoding, body);
  }
  return body;
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|ld\+json)|application\/vnd\.sdmx\.[\w.]+\+(xml|json|csv))/;

/** Answers the request from the page cache and returns true, or returns false and does nothing. */
export async function serveStoredPage(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  // during an outage proxy.ts answers 503 and probes the database; leave it to that path
  // static files and the API are never stored pages: spare them the parsing below
  if (req.method !== "GET" || dbState().downAt !== null || req.url?.startsWith("/_next/") || req.url?.startsWith("/api/")) return false;
  const r = pageRequest(req);
  const page = await storedPage(r).catch(() => null);
  if (!page) return false;
  const headers: Record<string, string | number> = Object.fromEntries(page.headers);
  const vary = String(headers["vary"] ?? "");
  if (!/accept-encoding/i.test(vary)) headers["vary"] = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
  headers["x-page-cache"] = "hit";
  if (notModified(page, r.headers.get("if-none-match"))) {
    res.writeHead(304, headers).end();
    return true;
  }
  const encoding = chooseEncoding(r.headers.get("accept-encoding"));
  const body = encoding ? encoded(page, encoding) : page.body;
  if (encoding) headers["content-encoding"] = encoding;
  headers["content-length"] = body.length;
  res.writeHead(200, headers).end(body);
  return true;
}

/**
 * Answers a GET of the open API that servePublicGet (lib/open-api/public-get.ts) has stored
 * under the current epoch, with the same rate limit, CORS, ETag and Cache-Control; returns
 * false for everything else (not stored, refused by the limit, outage), which Next answers.
 */
export async function serveStoredAnswer(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const sdmx = req.url?.startsWith("/sdmx/v2/");
  if (req.method !== "GET" || dbState().downAt !== null || !(req.url?.startsWith("/api/v1/") || sdmx)) return false;
  const epoch = await epochNow().catch(() => null);
  if (!epoch) return false;
  const url = new URL(req.url!, "http://front");
  // SDMX answers are stored per negotiated format too (lib/sdmx/negotiate.ts)
  const key = sdmx ? sdmxAnswerKey(url.pathname, url.search, headerValue(req, "accept")) : url.pathname + url.search;
  if (key === null) return false;
  const answer = storedAnswer(epoch.key, key);
  if (!answer) return false;
  const r = pageRequest(req);
  const decision = publicApiLimiter().take(clientIp(r.headers), Date.now());
  if (!decision.allowed) return false; // Next answers the 429 with its message
  const etag = etagOf(epoch.key, key);
  const headers: Record<string, string | number> = {};
  const set = (h: Record<string, string> | [string, string][]) => {
    for (const [k, v] of Array.isArray(h) ? h : Object.entries(h)) headers[k.toLowerCase()] = v;
  };
  set(answer.headers);
  set(COMMON_SECURITY_HEADERS);
  set(CORS_HEADERS);
  set(rateLimitHeaders(decision));
  set({ "cache-control": `public, max-age=${maxAgeSeconds(epoch)}`, etag });
  if (matchesIfNoneMatch(r.headers.get("if-none-match"), etag)) {
    delete headers["content-type"];
    res.writeHead(304, headers).end();
    return true;
  }
  const type = String(headers["content-type"] ?? "");
  const encoding = answer.body.byteLength > 1024 && COMPRESSIBLE.test(type) ? chooseEncoding(r.headers.get("accept-encoding")) : null;
  const body = encoding ? encoded(answer, encoding) : answer.body;
  if (encoding) {
    headers["content-encoding"] = encoding;
    headers["vary"] = headers["vary"] ? `${headers["vary"]}, Accept-Encoding` : "Accept-Encoding";
  }
  headers["content-length"] = body.byteLength;
  res.writeHead(answer.status, headers).end(body);
  return true;
}

/**
 * A path that is not valid percent-encoding answers 400 here (lib/http/bad-address.ts):
 * Next's router cannot decode it and would answer a bare 500.
 */
export async function serveBadAddress(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const raw = req.url ?? "/";
  const path = (raw.startsWith("/") ? raw : raw.replace(/^[a-z]+:\/\/[^/]*/i, "")).split(/[?#]/)[0] || "/";
  const answer = badAddressAnswer(path);
  if (!answer) return false;
  const headers: Record<string, string> = { ...COMMON_SECURITY_HEADERS, ...(path.startsWith("/api/") ? CORS_HEADERS : {}) };
  answer.headers.forEach((v, k) => (headers[k] = v));
  res.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
  return true;
}
