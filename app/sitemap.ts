import type { MetadataRoute } from "next";
import { CITY_CODE } from "@/lib/reference/regions";
import { isListed } from "@/lib/public/catalogue-filter";
import { cachedLatest } from "@/lib/public/latest-data";
import { cachedCategories, cachedIndicators, cachedRegions } from "@/lib/public/reference-data";
import { pageOrigin } from "@/lib/public/site-origin";

export const dynamic = "force-dynamic";

/**
 * The public pages only (no staff pages, no embeds, which repeat the indicator pages), in both
 * languages. A retired indicator's page stays listed while it has released data.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [origin, indicators, categories, regions, latest] = await Promise.all([pageOrigin(), cachedIndicators(), cachedCategories(), cachedRegions(), cachedLatest()]);
  const entry = (path: string, lastModified?: Date): MetadataRoute.Sitemap[number] => ({
    url: `${origin}${path}`,
    lastModified,
    alternates: { languages: { "zh-CN": `${origin}${path}`, en: `${origin}/en${path === "/" ? "" : path}` } },
  });
  return [
    entry("/"),
    entry("/indicators"),
    entry("/industries"),
    entry("/regions"),
    entry("/reports"),
    entry("/releases"),
    entry("/api-docs"),
    ...indicators.filter((i) => isListed(i, (x) => latest.has(x.id))).map((i) => entry(`/indicators/${i.code}`, latest.get(i.id)?.releasedAt)),
    ...categories.filter((c) => c.level === 1 && c.isCore).map((c) => entry(`/industries/${c.code}`)),
    ...regions.filter((r) => r.code !== CITY_CODE).map((r) => entry(`/regions/${r.code}`)),
  ];
}
