import "server-only";
// What the sitemap lists, page by page: page 0 the fixed pages, the core industries and the
// districts; pages 1… the indicator pages in catalogue order, PAGE_SIZE indicators a page. The
// index needs only the catalogue (metadata is public from the start); a page reads the data of
// its own indicators only, so its cost is bounded by PAGE_SIZE however large the table grows
// (one sitemap of everything took ~7 s at 100× the demo, issue 21). Values go through the
// visibility rule (lib/public/visible-observations.ts): a retired indicator is listed while it
// has released data (isListed), and lastmod is the newest release time of its latest values.
import { publicPool } from "@/lib/db";
import { isListed } from "@/lib/public/catalogue-filter";
import { publicCached } from "@/lib/public/cache";
import { latestByIndicator } from "@/lib/public/latest-values";
import { cachedCategories, cachedIndicators, cachedRegions } from "@/lib/public/reference-data";
import { findLatestVisiblePeriods, findVisibleObservations } from "@/lib/public/visible-observations";
import { CITY_CODE } from "@/lib/reference/regions";
import { PAGE_SIZE, type SitemapEntry } from "./sitemap-xml";

const FIXED = ["/", "/indicators", "/industries", "/regions", "/reports", "/releases", "/api-docs"];

/** Page 0 and one page per PAGE_SIZE indicators. */
export async function sitemapPageCount(): Promise<number> {
  return 1 + Math.ceil((await cachedIndicators()).length / PAGE_SIZE);
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
  const slice = (await cachedIndicators()).slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE);
  if (slice.length === 0) return null;
  const latest = await publicCached(`sitemap:page:${n}`, async (epoch) => {
    // the newest visible period of each indicator: one short index walk per indicator
    const periods = await publicCached("sitemap:latest-periods", (e) => findLatestVisiblePeriods(publicPool(), e.at));
    const byPeriod = new Map<string, number[]>();
    for (const i of slice) {
      const p = periods.get(i.id);
      if (p) byPeriod.set(p, [...(byPeriod.get(p) ?? []), i.id]);
    }
    const reads = [...byPeriod].map(([period, indicatorIds]) => findVisibleObservations(publicPool(), { indicatorIds, from: period, to: period, asOf: epoch.at }));
    return latestByIndicator((await Promise.all(reads)).flat());
  });
  return slice.filter((i) => isListed(i, (x) => latest.has(x.id))).map((i) => ({ path: `/indicators/${i.code}`, lastModified: latest.get(i.id)?.releasedAt }));
}
