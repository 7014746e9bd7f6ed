import { apiError } from "@/lib/http/api-response";
import { siteOrigin } from "@/lib/http/site-url";
import { currentEpoch, maxAgeSeconds } from "@/lib/public/epoch";
import { sitemapPage } from "@/lib/sitemap/sitemap-pages";
import { parsePageFile, urlsetXml } from "@/lib/sitemap/sitemap-xml";

export const dynamic = "force-dynamic";

/** /sitemap/N.xml: one page of the sitemap, as listed by the index at /sitemap.xml. */
export async function GET(req: Request, { params }: { params: Promise<{ page: string }> }) {
  const n = parsePageFile((await params).page);
  const entries = n === null ? null : await sitemapPage(n);
  if (!entries) return apiError(404, "not_found", "没有这一页站点地图 / No such sitemap page");
  return new Response(urlsetXml(siteOrigin(req), entries), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": `public, max-age=${maxAgeSeconds(await currentEpoch())}` },
  });
}
