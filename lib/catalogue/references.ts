// Checks that an indicator only names things that exist: NBS categories, Article 19 tags,
// departments and regions. Pure: the caller loads the known codes once (load-references.ts).
import type { FieldKey, IndicatorFields } from "./fields";

export type CatalogueRefs = {
  categories: ReadonlySet<string>;
  emerging: ReadonlySet<string>;
  departments: ReadonlySet<string>;
  regions: ReadonlySet<string>;
};

export type FieldProblem = { field: FieldKey; zh: string; en: string };

function unknown(field: FieldKey, codes: string[], zh: string, en: string): FieldProblem[] {
  return codes.length ? [{ field, zh: `${zh}不存在：${codes.join("、")}`, en: `Unknown ${en}: ${codes.join(", ")}` }] : [];
}

export function checkReferences(f: IndicatorFields, refs: CatalogueRefs): FieldProblem[] {
  return [
    ...unknown("categoryCodes", f.categoryCodes.filter((c) => !refs.categories.has(c)), "行业分类代码", "NBS category"),
    ...unknown("emerging", f.emerging.filter((c) => !refs.emerging.has(c)), "新兴产业标签", "emerging-industry tag"),
    ...unknown("departmentCode", f.departmentCode && !refs.departments.has(f.departmentCode) ? [f.departmentCode] : [], "报送部门代码", "department code"),
    ...unknown("regionCodes", f.regionCodes.filter((c) => !refs.regions.has(c)), "地区代码", "region code"),
  ];
}
