import "server-only";
// Public reference data (catalogue, regions, categories, emerging-industry tags, departments),
// cached until staff change something public (catalogueCached, cache.ts): a catalogue edit bumps
// the public version, so pages never show a stale catalogue for longer than the epoch's second,
// and a release time passing, which changes no indicator, does not read it all again.
import { publicPool } from "@/lib/db";
import type { Queryable } from "@/lib/db/queryable";
import { catalogueCached } from "./cache";
import { findReleaseContents, type ContentsOf } from "@/lib/releases/public-releases";
import { findPublicIndicators, type PublicIndicator } from "./public-indicators";

export type PublicRegion = { code: string; nameZh: string; nameEn: string; kind: "CITY" | "DISTRICT" | "COUNTY" | "COUNTY_CITY" };
export type PublicCategory = { code: string; level: number; nameZh: string; nameEn: string | null; parentCode: string | null; isCore: boolean };
export type Named = { code: string; nameZh: string; nameEn: string };

async function rows<T>(q: Queryable, sql: string): Promise<T[]> {
  return (await q.query(sql)).rows as T[];
}

/**
 * What each release covers and how it moved, kept until staff change something public: an
 * approval adds indicators to a release and a move adds a move, and both bump the version. After
 * a release time passes, the calendar, its feed and the indicator pages then read only which
 * releases to show (at 100× the data, joining 700 indicators per release to the catalogue again
 * took 100 ms of each first request, issue 21). A release made within the epoch's second, not in
 * the kept map yet, is read on its own.
 */
export const cachedReleaseContents: ContentsOf = async (ids) => {
  const all = await catalogueCached("public:release-contents", () => findReleaseContents(publicPool(), null));
  const missing = ids.filter((id) => !all.has(id));
  if (missing.length === 0) return all;
  return new Map([...all, ...(await findReleaseContents(publicPool(), missing))]);
};

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
