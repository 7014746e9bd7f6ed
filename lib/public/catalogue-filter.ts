// Browsing and searching the public catalogue: by regulation chapter, NBS category and
// Article 19 emerging industry, and by a search text matched against code and names. The
// page is a GET form, so everything here runs on the server and works without JavaScript.
// A retired indicator whose data was released stays listed, apart from the active ones, so
// that its released data stays findable. Pure.
import { CHAPTERS, type ChapterKey } from "@/lib/reference/articles";
import type { RawSearch } from "./indicator-params";
import type { PublicIndicator } from "./public-indicators";

export type CatalogueFilter = { q: string; chapter: ChapterKey | null; category: string | null; emerging: string | null };
type Searchable = Pick<PublicIndicator, "code" | "nameZh" | "nameEn" | "chapter" | "categoryCodes" | "emergingCodes" | "retired">;

const first = (v: string | string[] | undefined) => [v ?? []].flat()[0] ?? "";

/**
 * Full-width letters, digits and spaces (typed with a Chinese IME: "ＤＥ００１", "　") become
 * their ASCII forms; case and repeated spaces do not matter.
 */
export function normaliseSearch(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, " ")
    .trim()
    .toLowerCase()
    .slice(0, 100);
}

export function parseCatalogueFilter(search: RawSearch, known: { categories: readonly string[]; emerging: readonly string[] }): CatalogueFilter {
  const chapter = first(search.chapter);
  const category = first(search.category);
  const emerging = first(search.emerging);
  return {
    q: normaliseSearch(first(search.q)),
    chapter: CHAPTERS.some((c) => c.key === chapter) ? (chapter as ChapterKey) : null,
    category: known.categories.includes(category) ? category : null,
    emerging: known.emerging.includes(emerging) ? emerging : null,
  };
}

/** Every word of the search must occur in the code, the Chinese name or the English name. */
export function matchesSearch(ind: Searchable, q: string): boolean {
  if (!q) return true;
  const text = `${ind.code} ${ind.nameZh} ${ind.nameEn}`.toLowerCase();
  return q.split(" ").every((word) => text.includes(word));
}

function matchesFilter(i: Searchable, f: CatalogueFilter): boolean {
  return (
    matchesSearch(i, f.q) &&
    (!f.chapter || i.chapter === f.chapter) &&
    (!f.category || i.categoryCodes.some((c) => c.startsWith(f.category!))) &&
    (!f.emerging || i.emergingCodes.includes(f.emerging))
  );
}

/** The active (not retired) indicators matching the filter. */
export function filterCatalogue<T extends Searchable>(indicators: readonly T[], f: CatalogueFilter): T[] {
  return indicators.filter((i) => !i.retired && matchesFilter(i, f));
}

/**
 * Whether the public catalogue and the sitemap list an indicator: every active one, and a
 * retired one only if some of its data was released (a retired indicator that never published
 * anything has nothing to show).
 */
export function isListed<T extends Pick<Searchable, "retired">>(i: T, hasReleasedData: (i: T) => boolean): boolean {
  return !i.retired || hasReleasedData(i);
}

/** The retired indicators with released data matching the filter (listed as 已停用指标, after the active ones). */
export function filterRetired<T extends Searchable>(indicators: readonly T[], f: CatalogueFilter, hasReleasedData: (i: T) => boolean): T[] {
  return indicators.filter((i) => i.retired && hasReleasedData(i) && matchesFilter(i, f));
}

export function isFiltered(f: CatalogueFilter): boolean {
  return !!(f.q || f.chapter || f.category || f.emerging);
}

/** Grouped in the regulation's chapter order; indicators citing no monitored chapter (e.g. GDP) last. */
export function groupByChapter<T extends Searchable>(indicators: readonly T[]): { chapter: ChapterKey | null; indicators: T[] }[] {
  const groups = [...CHAPTERS.map((c) => c.key), null].map((chapter) => ({ chapter, indicators: indicators.filter((i) => (i.chapter ?? null) === chapter) }));
  return groups.filter((g) => g.indicators.length > 0);
}
