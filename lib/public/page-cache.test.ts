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
  registerEpochSource(async () => ({ key: epoch }));
  vi.stubGlobal("fetch", async () => {
    renders++;
    const nonce = `FILLNONCE${renders}`;
    return new Response(`<script nonce="${nonce}"></script>${pageText}`, {
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

  it("renders once per epoch and gives every response its own nonce", async () => {
    const a = await cachedPage(req("/indicators/T1"), "http://127.0.0.1:1", "AAA", "script-src 'nonce-AAA'");
    const b = await cachedPage(req("/indicators/T1"), "http://127.0.0.1:1", "BBB", "script-src 'nonce-BBB'");
    expect(renders).toBe(1);
    expect(a!.headers.get("x-page-cache")).toBe("miss");
    expect(b!.headers.get("x-page-cache")).toBe("hit");
    expect(await b!.text()).toBe(`<script nonce="BBB"></script><p>published</p>`);
    expect(b!.headers.get("content-security-policy")).toBe("script-src 'nonce-BBB'");
  });

  it("never serves a page stored under an earlier epoch", async () => {
    await cachedPage(req("/indicators/T2"), "http://x", "N1", "c");
    epoch = "v2"; // a release passed
    pageText = "<p>released</p>";
    const after = await cachedPage(req("/indicators/T2"), "http://x", "N2", "c");
    expect(await after!.text()).toContain("released");
    expect(renders).toBe(2);
    pageText = "<p>published</p>";
  });

  it("shares one render among concurrent misses", async () => {
    await Promise.all([1, 2, 3, 4, 5].map((i) => cachedPage(req("/indicators/T3"), "http://x", `N${i}`, "c")));
    expect(renders).toBe(1);
  });

  it("does not store errors or pages that set cookies", async () => {
    vi.stubGlobal("fetch", async () => new Response("gone", { status: 404, headers: { "content-type": "text/html" } }));
    expect(await cachedPage(req("/indicators/NOPE"), "http://x", "N", "c")).toBeNull();
    vi.stubGlobal("fetch", async () => new Response("<p>x</p>", { status: 200, headers: { "content-type": "text/html", "content-security-policy": "'nonce-Q'", "set-cookie": "a=b" } }));
    expect(await cachedPage(req("/indicators/COOKIE"), "http://x", "N", "c")).toBeNull();
  });
});
