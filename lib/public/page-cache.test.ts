import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cachedPage, isCacheablePage, registerEpochSource, type PageRequest } from "./page-cache";

const req = (path: string, headers: Record<string, string> = {}, cookies: string[] = []): PageRequest => ({
  method: "GET",
  url: new URL(`http://site.test${path}`),
  headers: new Headers({ host: "site.test", ...headers }),
  cookies: { has: (n: string) => cookies.includes(n) },
});

let epoch = "v1";
let renders = 0;
let pageText = "<p>published</p>";

beforeEach(() => {
  epoch = "v1";
  renders = 0;
  registerEpochSource(async () => ({ key: epoch, nextReleaseAt: null }));
  vi.stubGlobal("fetch", async () => {
    renders++;
    const nonce = `FILLNONCE${renders}`;
    return new Response(`<script nonce="${nonce}">go()</script>${pageText}`, {
      status: 200,
      headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": `script-src 'nonce-${nonce}'` },
    });
  });
});
afterEach(() => vi.unstubAllGlobals());

describe("page cache", () => {
  it("stores only anonymous HTML page views of public paths", () => {
    expect(isCacheablePage(req("/indicators/DE001"))).toBe(true);
    expect(isCacheablePage(req("/en/regions/210102?x=1"))).toBe(true);
    expect(isCacheablePage(req("/indicators/DE001", {}, ["sdm_session"]))).toBe(false);
    expect(isCacheablePage(req("/indicators/DE001", { rsc: "1" }))).toBe(false);
    expect(isCacheablePage(req("/admin/users"))).toBe(false);
    expect(isCacheablePage(req("/login"))).toBe(false);
    expect(isCacheablePage(req("/uploads/1"))).toBe(false);
  });

  it("renders once per epoch and allows the stored page's inline scripts by hash", async () => {
    const a = await cachedPage(req("/indicators/T1"), "http://127.0.0.1:1");
    const b = await cachedPage(req("/indicators/T1"), "http://127.0.0.1:1");
    expect(renders).toBe(1);
    expect(a!.headers.get("x-page-cache")).toBe("miss");
    expect(b!.headers.get("x-page-cache")).toBe("hit");
    expect(await b!.text()).toBe(`<script nonce="FILLNONCE1">go()</script><p>published</p>`);
    const csp = b!.headers.get("content-security-policy")!;
    expect(csp).toContain(`'sha256-${createHash("sha256").update("go()").digest("base64")}'`);
    expect(csp).not.toContain("nonce");
  });

  it("answers 304 to a reader who has the stored page", async () => {
    const first = await cachedPage(req("/indicators/T4"), "http://x");
    const etag = first!.headers.get("etag")!;
    expect(etag).toMatch(/^"p-/);
    const again = await cachedPage(req("/indicators/T4", { "if-none-match": etag }), "http://x");
    expect(again!.status).toBe(304);
  });

  it("never serves a page stored under an earlier epoch", async () => {
    await cachedPage(req("/indicators/T2"), "http://x");
    epoch = "v2"; // a release passed
    pageText = "<p>released</p>";
    const after = await cachedPage(req("/indicators/T2"), "http://x");
    expect(await after!.text()).toContain("released");
    expect(renders).toBe(2);
    pageText = "<p>published</p>";
  });

  it("shares one render among concurrent misses", async () => {
    await Promise.all([1, 2, 3, 4, 5].map((i) => cachedPage(req("/indicators/T3"), "http://x")));
    expect(renders).toBe(1);
  });

  it("does not store errors or pages that set cookies", async () => {
    vi.stubGlobal("fetch", async () => new Response("gone", { status: 404, headers: { "content-type": "text/html" } }));
    expect(await cachedPage(req("/indicators/NOPE"), "http://x")).toBeNull();
    vi.stubGlobal("fetch", async () => new Response("<p>x</p>", { status: 200, headers: { "content-type": "text/html", "content-security-policy": "'nonce-Q'", "set-cookie": "a=b" } }));
    expect(await cachedPage(req("/indicators/COOKIE"), "http://x")).toBeNull();
  });
});
