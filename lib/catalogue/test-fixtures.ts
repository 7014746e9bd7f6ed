// Test helpers: the starter catalogue as the database holds it after loadReference (the same
// specs, the same fields), without a database. Used by the catalogue unit tests only.
import { readFileSync } from "node:fs";
import type { IndicatorSpec } from "@/lib/reference/catalogue";
import { DEPARTMENTS, EMERGING_INDUSTRIES } from "@/lib/reference/catalogue-extras";
import { referenceIndicators } from "@/lib/reference/load-reference";
import type { IndicatorFields } from "./fields";
import type { CatalogueRefs } from "./references";

export const STARTER_CSV = readFileSync("data/reference/indicators.csv", "utf8");

export function specToFields(s: IndicatorSpec): IndicatorFields {
  return {
    code: s.code,
    nameZh: s.nameZh,
    nameEn: s.nameEn,
    unit: s.unit,
    frequency: s.frequency,
    frequencyNote: s.frequencyNote,
    measureType: s.measureType,
    decimals: s.decimals,
    articleRef: s.articleRef,
    categoryCodes: [...s.categoryCodes].sort(),
    emerging: [...s.emerging].sort(),
    definition: s.definition,
    definitionEn: s.definitionEn,
    methodNotes: s.methodNotes,
    methodNotesEn: s.methodNotesEn,
    sourceNote: s.sourceNote,
    sourceNoteEn: s.sourceNoteEn,
    internalNotes: s.internalNotes,
    departmentCode: s.department,
    regionCodes: [...s.regionCodes],
    dueDays: s.dueDays,
    higherIsBetter: true,
    minValue: s.minValue,
    maxValue: s.maxValue,
    retired: false,
  };
}

/** code → fields, as loadReference stores the starter catalogue plus GDP. */
export function starterCatalogue(): Map<string, IndicatorFields> {
  return new Map(referenceIndicators().map((s) => [s.code, specToFields(s)]));
}

export function testRefs(): CatalogueRefs {
  const categories = new Set<string>();
  for (const line of readFileSync("data/reference/classification.csv", "utf8").split(/\r?\n/).slice(1)) {
    const code = line.split(",")[0];
    if (code) categories.add(code);
  }
  const regions = new Set(readFileSync("data/reference/districts.csv", "utf8").match(/^\d{6}/gm) ?? []);
  return {
    categories,
    emerging: new Set(EMERGING_INDUSTRIES.map((e) => e.code)),
    departments: new Set(DEPARTMENTS.map((d) => d.code)),
    regions,
  };
}
