// Parses the reference CSVs (data/reference/*.csv) into typed records. Pure: text in,
// records out; lib/reference/load-reference.ts writes them to the database.
import Papa from "papaparse";
import type { Frequency } from "@/lib/period";
import { chapterOf, expandArticleRef, type ChapterKey } from "./articles";
import { CATEGORY_NAMES_EN, CITY_ONLY, DUE_DAYS, EMERGING_TAGS, GROWTH_OF, HEADLINE, PART_OF, REGION_NAMES_EN, departmentOf } from "./catalogue-extras";
import {
  boundsRule,
  decimalsRule,
  dueDaysRule,
  FREQUENCY_FOLLOWS,
  frequencyRule,
  measureTypeRule,
  type MeasureTypeKey,
} from "./catalogue-rules";

function rows(text: string): Record<string, string>[] {
  const r = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
  });
  if (r.errors.length) throw new Error(`reference CSV: ${r.errors[0].message} (row ${r.errors[0].row})`);
  return r.data;
}

/** The city's own code in districts.csv (the 全市 row). */
export const CITY_CODE = "210100";

export type RegionSpec = { code: string; nameZh: string; nameEn: string; kind: "CITY" | "DISTRICT" | "COUNTY" | "COUNTY_CITY"; sortOrder: number };

export function parseRegions(text: string): RegionSpec[] {
  const kindOf = (t: string): RegionSpec["kind"] =>
    t.startsWith("地级市") ? "CITY" : t === "市辖区" ? "DISTRICT" : t === "县" ? "COUNTY" : "COUNTY_CITY";
  return rows(text).map((r, i) => ({
    code: r.code,
    nameZh: r.name,
    nameEn: REGION_NAMES_EN[r.code] ?? r.name,
    kind: kindOf(r.type),
    sortOrder: i,
  }));
}

export type CategorySpec = {
  code: string;
  level: number;
  nameZh: string;
  nameEn: string | null;
  parentCode: string | null;
  isCore: boolean;
  provisional: boolean;
  notes: string;
  sortOrder: number;
};

const LEVELS: Record<string, number> = { 大类: 1, 中类: 2, 小类: 3 };

export function parseClassification(text: string): CategorySpec[] {
  return rows(text).map((r, i) => {
    const level = LEVELS[r.level];
    if (!level) throw new Error(`classification: unknown level ${r.level} for ${r.code}`);
    // The 小类 level was reconstructed, not read from the official table (notes.md §1).
    const provisional = level === 3;
    const notes = provisional && !r.notes.includes("provisional")
      ? `${r.notes} — provisional: 小类 codes and names are not yet checked against the official NBS table (157 listed vs 156 official).`
      : r.notes;
    return {
      code: r.code,
      level,
      nameZh: r.name,
      nameEn: CATEGORY_NAMES_EN[r.code] ?? null,
      parentCode: r.parent_code || null,
      isCore: r.is_core === "true",
      provisional,
      notes,
      sortOrder: i,
    };
  });
}

export type IndicatorSpec = {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  frequency: Frequency;
  frequencyNote: string;
  measureType: MeasureTypeKey;
  decimals: number;
  chapter: ChapterKey | null;
  articleRef: string;
  articles: number[];
  categoryCodes: string[];
  /** Public metadata, Chinese and English (data/reference/indicator-metadata.csv). */
  definition: string | null;
  definitionEn: string | null;
  methodNotes: string | null;
  methodNotesEn: string | null;
  sourceNote: string | null;
  sourceNoteEn: string | null;
  /** The starter file's own notes (provenance, verification remarks): for staff, never public. */
  internalNotes: string | null;
  /** Regions the indicator is reported for; empty = the city and all districts. */
  regionCodes: string[];
  minValue: string | null;
  maxValue: string | null;
  dueDays: number;
  department: string | null;
  growthOf: string | null;
  partOf: string | null;
  emerging: string[];
  isHeadline: boolean;
  sortOrder: number;
};

/** What the public reads about an indicator, in both languages. */
export type PublicMetadata = {
  definitionZh: string;
  definitionEn: string;
  methodZh: string;
  methodEn: string;
  sourceZh: string;
  sourceEn: string;
};

/** data/reference/indicator-metadata.csv → code → public metadata. */
export function parseIndicatorMetadata(text: string): Map<string, PublicMetadata> {
  return new Map(
    rows(text).map((r) => [
      r.code,
      {
        definitionZh: r.definition_zh,
        definitionEn: r.definition_en,
        methodZh: r.method_zh,
        methodEn: r.method_en,
        sourceZh: r.source_zh,
        sourceEn: r.source_en,
      },
    ]),
  );
}

const orNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

/**
 * Catalogue CSV rows → indicator specs, in the starter file's columns. The file's `notes`
 * column is the compiler's working notes (sources, what is verified): it becomes the internal
 * note; the public definition, method note and source come from `metadata`.
 */
export function parseIndicators(text: string, startOrder = 0, metadata: ReadonlyMap<string, PublicMetadata> = new Map()): IndicatorSpec[] {
  const raw = rows(text);
  const baseFreq = new Map(raw.map((r) => [r.code, frequencyRule(r.frequency)]));
  return raw.map((r, i) => {
    const frequency = baseFreq.get(FREQUENCY_FOLLOWS[r.code] ?? r.code)!;
    const measureType = measureTypeRule(r.name_zh, r.unit, r.measure_type);
    const meta = metadata.get(r.code);
    const articles = expandArticleRef(r.article);
    const bounds = boundsRule(measureType, r.unit);
    return {
      code: r.code,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      unit: r.unit,
      frequency,
      frequencyNote: r.frequency,
      measureType,
      decimals: decimalsRule(r.unit, r.name_zh),
      chapter: chapterOf(articles),
      articleRef: r.article,
      articles,
      categoryCodes: r.category_code ? r.category_code.split("|").map((c) => c.trim()).filter(Boolean) : [],
      definition: orNull(meta?.definitionZh),
      definitionEn: orNull(meta?.definitionEn),
      methodNotes: orNull(meta?.methodZh),
      methodNotesEn: orNull(meta?.methodEn),
      sourceNote: orNull(meta?.sourceZh),
      sourceNoteEn: orNull(meta?.sourceEn),
      internalNotes: orNull(r.notes),
      regionCodes: CITY_ONLY.includes(r.code) ? [CITY_CODE] : [],
      minValue: bounds.min,
      maxValue: bounds.max,
      dueDays: DUE_DAYS[r.code] ?? dueDaysRule(frequency),
      department: departmentOf(r.code),
      growthOf: GROWTH_OF[r.code] ?? null,
      partOf: PART_OF[r.code] ?? null,
      emerging: EMERGING_TAGS[r.code] ?? [],
      isHeadline: HEADLINE.includes(r.code),
      sortOrder: startOrder + i,
    };
  });
}
