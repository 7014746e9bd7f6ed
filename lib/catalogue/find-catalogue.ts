import "server-only";
// The catalogue list of the admin page: every indicator, retired ones included, with its
// department's name and whether its data is public yet.
import { db } from "@/lib/db";
import type { IndicatorFields } from "./fields";
import { loadCatalogue } from "./load-catalogue";
import { releasedCodes } from "./released";

export type CatalogueListItem = IndicatorFields & { departmentName: { zh: string; en: string } | null; released: boolean; retiredAt: Date | null };

export async function findCatalogueList(): Promise<CatalogueListItem[]> {
  const [stored, departments, released] = await Promise.all([
    loadCatalogue(db()),
    db().department.findMany({ select: { code: true, nameZh: true, nameEn: true } }),
    releasedCodes(db(), new Date()),
  ]);
  const dep = new Map(departments.map((d) => [d.code, { zh: d.nameZh, en: d.nameEn }]));
  return stored.map((s) => ({
    ...s.fields,
    departmentName: s.fields.departmentCode ? (dep.get(s.fields.departmentCode) ?? null) : null,
    released: released.has(s.fields.code),
    retiredAt: s.retiredAt,
  }));
}
