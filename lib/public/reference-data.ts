import "server-only";
// Public reference data (catalogue, regions, categories, emerging-industry tags, departments),
// cached until staff change something public (catalogueCached, cache.ts): a catalogue edit bumps
// the public version, so pages never show a stale catalogue for longer than the epoch's second,
// and a release time passing, which changes no indicator, does not read it all again.
import { publicPool } from "@/lib/db";
import type { Queryable } from "@/lib/db/queryable";
import { catalogueCached } from "./cache";
import { findPublicIndicators, type PublicIndicator } from "./public-indicators";

export type PublicRegion = { code: string; nameZh: string; nameEn: string; kind: "CITY" | "DISTRICT" | "COUNTY" | "COUNTY_CITY" };
export type PublicCategory = { code: string; level: number; nameZh: string; nameEn: string | null; parentCode: string | null; isCore: boolean };
export type Named = { code: string; nameZh: string; nameEn: string };

async function rows<T>(q: Queryable, sql: string): Promise<T[]> {
  return (await q.query(sql)).rows as T[];
}

export function cachedIndicators(): Promise<PublicIndicator[]> {
  return catalogueCached("public:indicators", () => findPublicIndicators(publicPool()));
}

/** The city first, then the 13 county-level units in their official order. */
export function cachedRegions(): Promise<PublicRegion[]> {
  return catalogueCached("public:regions", () =>
    rows<PublicRegion>(publicPool(), `SELECT code, name_zh AS "nameZh", name_en AS "nameEn", kind FROM region ORDER BY sort_order, code`),
  );
}

/** NBS 大类 and 中类 (the 小类 level is reconstructed and not shown to the public). */
export function cachedCategories(): Promise<PublicCategory[]> {
  return catalogueCached("public:categories", () =>
    rows<PublicCategory>(
      publicPool(),
      `SELECT code, level, name_zh AS "nameZh", name_en AS "nameEn", parent_code AS "parentCode", is_core AS "isCore"
       FROM industry_category WHERE level <= 2 ORDER BY sort_order, code`,
    ),
  );
}

export function cachedEmerging(): Promise<Named[]> {
  return catalogueCached("public:emerging", () => rows<Named>(publicPool(), `SELECT code, name_zh AS "nameZh", name_en AS "nameEn" FROM emerging_industry ORDER BY sort_order, code`));
}

export function cachedDepartments(): Promise<Named[]> {
  return catalogueCached("public:departments", () => rows<Named>(publicPool(), `SELECT code, name_zh AS "nameZh", name_en AS "nameEn" FROM department ORDER BY code`));
}
