import "server-only";
// The reference data the open API names things with: indicators (through the public
// catalogue), regions, categories, emerging-industry tags and departments. None of it is an
// observation, so it is read here directly; it is cached until a staff change bumps the public
// version (a catalogue edit does; a release time passing changes none of it).
import { publicPool } from "@/lib/db";
import type { Queryable } from "@/lib/db/queryable";
import { catalogueCached } from "@/lib/public/cache";
import { findPublicIndicators, type PublicIndicator } from "@/lib/public/public-indicators";

export type Named = { code: string; nameZh: string; nameEn: string | null };
export type RegionInfo = { code: string; nameZh: string; nameEn: string; sortOrder: number };

export type ApiCatalogue = {
  indicators: PublicIndicator[];
  byCode: Map<string, PublicIndicator>;
  byId: Map<number, PublicIndicator>;
  regions: Map<string, RegionInfo>;
  categories: Map<string, Named & { parentCode: string | null }>;
  emerging: Map<string, Named>;
  departments: Map<string, Named>;
};

export async function findApiCatalogue(q: Queryable): Promise<ApiCatalogue> {
  const [indicators, regions, categories, emerging, departments] = await Promise.all([
    findPublicIndicators(q),
    q.query<RegionInfo>(`SELECT code, name_zh AS "nameZh", name_en AS "nameEn", sort_order AS "sortOrder" FROM region ORDER BY sort_order, code`),
    q.query<Named & { parentCode: string | null }>(`SELECT code, name_zh AS "nameZh", name_en AS "nameEn", parent_code AS "parentCode" FROM industry_category`),
    q.query<Named>(`SELECT code, name_zh AS "nameZh", name_en AS "nameEn" FROM emerging_industry ORDER BY sort_order`),
    q.query<Named>(`SELECT code, name_zh AS "nameZh", name_en AS "nameEn" FROM department`),
  ]);
  return {
    indicators,
    byCode: new Map(indicators.map((i) => [i.code, i])),
    byId: new Map(indicators.map((i) => [i.id, i])),
    regions: new Map(regions.rows.map((r) => [r.code, r])),
    categories: new Map(categories.rows.map((c) => [c.code, c])),
    emerging: new Map(emerging.rows.map((e) => [e.code, e])),
    departments: new Map(departments.rows.map((d) => [d.code, d])),
  };
}

export function cachedApiCatalogue(): Promise<ApiCatalogue> {
  return catalogueCached("api:catalogue", () => findApiCatalogue(publicPool()));
}
