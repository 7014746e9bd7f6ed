import "server-only";
// What the sitemap lists, page by page: page 0 the fixed pages, the core industries and the
// districts; pages 1… the indicator pages in catalogue order, PAGE_SIZE indicators a page. The
// index needs only the number of indicators (metadata is public from the start); a page reads
// its own slice of the catalogue and the release times of its own indicators only, so its cost
// is bounded by PAGE_SIZE however large the table grows (one sitemap of everything took ~7 s at
// 100× the demo, issue 21). Release times go through the visibility rule
// (lib/public/visible-observations.ts): a retired indicator is listed while it has released
// data (isListed), and lastmod is the newest release time of its latest period's values.
import { publicPool } from "@/lib/db";
import { isListed } from "@/lib/public/catalogue-filter";
import { catalogueCached, publicCached } from "@/lib/public/cache";
import { countIndicators, findPublicIndicators } from "@/lib/public/public-indicators";
import { cachedCategories, cachedRegions } from "@/lib/public/reference-data";
import { findLatestVisibleReleases } from "@/lib/public/latest-visible";
import { CITY_CODE } from "@/lib/reference/regions";
import { PAGE_SIZE, type SitemapEntry } from "./sitemap-xml";

const FIXED = ["/", "/indicators", "/industries", "/regions", "/reports", "/releases", "/api-docs"];

/** Page 0 and one page per PAGE_SIZE indicators: a count, not the catalogue. */
export async function sitemapPageCount(): Promise<number> {
  const n = await catalogueCached("sitemap:indicator-count", () => countIndicators(publicPool()));
  return 1 + Math.ceil(n / PAGE_SIZE);
}

/** The entries of page `n`, or null when there is no such page. */
export async function sitemapPage(n: number): Promise<SitemapEntry[] | null> {
  if (n === 0) {
    const [categories, regions] = await Promise.all([cachedCategories(), cachedRegions()]);
    return [
      ...FIXED.map((path) => ({ path })),
      ...categories.filter((c) => c.level === 1 && c.isCore).map((c) => ({ path: `/industries/${c.code}` })),
      ...regions.filter((r) => r.code !== CITY_CODE).map((r) => ({ path: `/regions/${r.code}` })),
    ];
  }
  const page = await publicCached(`sitemap:page:${n}`, async (epoch) => {
    // this page's slice of the catalogue, and for its indicators only the newest visible period
    // and its release time (one short index walk each), not their values
    const slice = await findPublicIndicators(publicPool(), { page: { offset: (n - 1) * PAGE_SIZE, limit: PAGE_SIZE } });
    return { slice, latest: await findLatestVisibleReleases(publicPool(), epoch.at, slice.map((i) => i.id)) };
  });
  if (page.slice.length === 0) return null;
  return page.slice.filter((i) => isListed(i, (x) => page.latest.has(x.id))).map((i) => ({ path: `/indicators/${i.code}`, lastModified: page.latest.get(i.id)?.releasedAt }));
}
