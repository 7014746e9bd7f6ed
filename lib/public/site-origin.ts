import "server-only";
// Absolute URLs on pages (permalinks, embed snippets, feed links) use the same origin as the
// feeds and the sitemap (lib/http/site-url.ts: SITE_URL, else the request's host).
import { headers } from "next/headers";
import { siteOrigin } from "@/lib/http/site-url";

export async function pageOrigin(): Promise<string> {
  // siteOrigin reads only the request headers, which a page has without the Request itself
  return siteOrigin({ headers: await headers() } as Request);
}
