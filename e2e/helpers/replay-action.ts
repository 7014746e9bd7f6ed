// A Server Action request captured from a real browser and replayed with other cookies or
// headers: how the security specs forge an action without writing the RSC protocol by hand.
import { expect, request, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";

export type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** A request context holding a copy of a browser's cookies (a stolen or replayed cookie). */
export async function withCookies(baseURL: string, state: StorageState, headers: Record<string, string> = {}): Promise<APIRequestContext> {
  return request.newContext({ baseURL, storageState: state, extraHTTPHeaders: headers });
}

/** A Server Action request as the browser sent it, to replay with other headers. */
export type CapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

export async function captureAction(page: Page, pathname: string, submit: () => Promise<void>, opts: { abort?: boolean } = {}): Promise<CapturedAction> {
  let captured: CapturedAction | null = null;
  await page.route(`**${pathname}`, async (route) => {
    const r = route.request();
    if (r.method() === "POST" && r.headers()["next-action"]) {
      captured = { url: new URL(r.url()).pathname, headers: r.headers(), body: r.postDataBuffer()! };
      if (opts.abort) return route.abort();
    }
    return route.continue();
  });
  await submit();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute(`**${pathname}`);
  return captured!;
}

export async function replayAction(baseURL: string, action: CapturedAction, state: StorageState, headers: Record<string, string>, url = action.url) {
  const ctx = await withCookies(baseURL, state);
  const h = Object.fromEntries(Object.entries(action.headers).filter(([k]) => !["origin", "cookie", "content-length", "host", "referer"].includes(k) && !k.startsWith("sec-fetch")));
  const res = await ctx.fetch(url, { method: "POST", headers: { ...h, ...headers }, data: action.body, maxRedirects: 0 });
  const out = { status: res.status(), text: await res.text() };
  await ctx.dispose();
  return out;
}
