import "server-only";
// A core-industry page (NBS 01–04): the four parts of the core total over time, this part's
// values, shares and computed growth, its NBS classes and the indicators tagged with it.
import { publicPool } from "@/lib/db";
import { CITY_CODE } from "@/lib/reference/regions";
import { publicCached } from "./cache";
import { CORE_TOTAL_CODE } from "./get-core-structure";
import { partGrowth, structureRows, type StructureRow } from "./industry-structure";
import type { PublicIndicator } from "./public-indicators";
import { cachedCategories, cachedIndicators, type PublicCategory } from "./reference-data";
import { findVisibleObservations } from "./visible-observations";

export type IndustryModel = {
  category: PublicCategory;
  /** the four core categories, 01–04, each with the indicator measuring its value added */
  parts: { category: PublicCategory; indicator: PublicIndicator | null }[];
  /** this category's position in `parts` */
  index: number;
  classes: PublicCategory[];
  rows: StructureRow[];
  growth: Map<string, string | null>;
  indicators: PublicIndicator[];
};

export async function loadIndustry(code: string): Promise<IndustryModel | null> {
  const [indicators, categories] = await Promise.all([cachedIndicators(), cachedCategories()]);
  const core = categories.filter((c) => c.level === 1 && c.isCore);
  const index = core.findIndex((c) => c.code === code);
  if (index < 0) return null;
  const total = indicators.find((i) => i.code === CORE_TOTAL_CODE);
  const parts = core.map((category) => ({
    category,
    indicator: indicators.find((i) => total && i.partOfId === total.id && i.categoryCodes.length === 1 && i.categoryCodes[0] === category.code) ?? null,
  }));
  const ids = parts.map((p) => p.indicator?.id ?? -1);
  const obs = await publicCached("industries:structure", (epoch) =>
    findVisibleObservations(publicPool(), { indicatorIds: ids.filter((id) => id > 0), regionCodes: [CITY_CODE], asOf: epoch.at }),
  );
  const rows = structureRows(ids, obs);
  return {
    category: core[index],
    parts,
    index,
    classes: categories.filter((c) => c.parentCode === code),
    rows,
    growth: partGrowth(rows, index),
    indicators: indicators.filter((i) => !i.retired && i.categoryCodes.some((c) => c.startsWith(code))),
  };
}
