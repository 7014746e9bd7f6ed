import { siteOrigin } from "@/lib/http/site-url";
import { currentEpoch, maxAgeSeconds } from "@/lib/public/epoch";
import { sitemapPageCount } from "@/lib/sitemap/sitemap-pages";
import { sitemapIndexXml } from "@/lib/sitemap/sitemap-xml";

export const dynamic = "force-dynamic";

/** /sitemap.xml: the sitemap index (sitemaps.org), listing /sitemap/0.xml, /sitemap/1.xml, … */
export async function GET(req: Request) {
  const xml = sitemapIndexXml(siteOrigin(req), await sitemapPageCount());
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": `public, max-age=${maxAgeSeconds(await currentEpoch())}` } });
}
