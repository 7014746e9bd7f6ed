// The sitemap as a crawler reads it: the index at /sitemap.xml, then every page it lists.
import type { APIRequestContext } from "@playwright/test";

const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

/** Each page's address (as listed by the index) and its XML. */
export async function sitemapPages(api: APIRequestContext): Promise<{ loc: string; xml: string }[]> {
  const res = await api.get("/sitemap.xml");
  if (!res.ok()) throw new Error(`/sitemap.xml answered ${res.status()}`);
  const locs = [...(await res.text()).matchAll(/<sitemap><loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  return Promise.all(locs.map(async (loc) => ({ loc, xml: await (await api.get(pathOf(loc))).text() })));
}

/** Every page path the sitemap names: each <loc>, and with `alternates` each language version (xhtml:link href). */
export async function sitemapPaths(api: APIRequestContext, { alternates = false } = {}): Promise<string[]> {
  const re = alternates ? /<loc>([^<]+)<\/loc>|href="([^"]+)"/g : /<loc>([^<]+)<\/loc>/g;
  const pages = await sitemapPages(api);
  return pages.flatMap((p) => [...p.xml.matchAll(re)].map((m) => pathOf((m[1] ?? m[2]).replace(/&amp;/g, "&"))));
}
