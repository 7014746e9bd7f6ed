import "server-only";
// What the indicator form offers to choose from: departments, regions, Article 19 tags.
import { db } from "@/lib/db";

export type FormOptions = {
  departments: { code: string; nameZh: string; nameEn: string }[];
  regions: { code: string; nameZh: string; nameEn: string }[];
  emerging: { code: string; nameZh: string; nameEn: string }[];
};

export async function findFormOptions(): Promise<FormOptions> {
  const [departments, regions, emerging] = await Promise.all([
    db().department.findMany({ orderBy: { id: "asc" }, select: { code: true, nameZh: true, nameEn: true } }),
    db().region.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, nameZh: true, nameEn: true } }),
    db().emergingIndustry.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, nameZh: true, nameEn: true } }),
  ]);
  return { departments, regions, emerging };
}
