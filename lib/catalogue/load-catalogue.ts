// Reads indicators (with their categories, tags, coverage and department) as IndicatorFields,
// and the codes that indicators may refer to.
import type { Tx } from "@/lib/audit/write-audit";
import type { Db } from "@/lib/db/prisma";
import type { IndicatorFields } from "./fields";
import type { CatalogueRefs } from "./references";
import { normaliseDecimal } from "./schema";

export type StoredIndicator = { id: number; fields: IndicatorFields; retiredAt: Date | null; updatedAt: Date };

type Client = Tx | Db;

const INCLUDE = {
  categories: { select: { categoryCode: true } },
  emerging: { select: { emergingCode: true } },
  coverage: { select: { regionCode: true } },
  department: { select: { code: true } },
} as const;

type Row = Awaited<ReturnType<typeof findRows>>[number];

function findRows(c: Client, where: { code?: string }) {
  return c.indicator.findMany({ where, include: INCLUDE, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
}

function toStored(r: Row): StoredIndicator {
  const dec = (d: { toString(): string } | null) => (d === null ? null : normaliseDecimal(d.toString()));
  return {
    id: r.id,
    retiredAt: r.retiredAt,
    updatedAt: r.updatedAt,
    fields: {
      code: r.code,
      nameZh: r.nameZh,
      nameEn: r.nameEn,
      unit: r.unit,
      frequency: r.frequency,
      frequencyNote: r.frequencyNote,
      measureType: r.measureType,
      decimals: r.decimals,
      articleRef: r.articleRef,
      categoryCodes: r.categories.map((x) => x.categoryCode).sort(),
      emerging: r.emerging.map((x) => x.emergingCode).sort(),
      definition: r.definition || null,
      definitionEn: r.definitionEn || null,
      methodNotes: r.methodNotes || null,
      methodNotesEn: r.methodNotesEn || null,
      sourceNote: r.sourceNote || null,
      sourceNoteEn: r.sourceNoteEn || null,
      internalNotes: r.internalNotes || null,
      departmentCode: r.department?.code ?? null,
      regionCodes: r.coverage.map((x) => x.regionCode).sort(),
      dueDays: r.dueDays,
      higherIsBetter: r.higherIsBetter,
      minValue: dec(r.minValue),
      maxValue: dec(r.maxValue),
      retired: r.retiredAt !== null,
    },
  };
}

export async function loadCatalogue(c: Client): Promise<StoredIndicator[]> {
  return (await findRows(c, {})).map(toStored);
}

export async function loadIndicator(c: Client, code: string): Promise<StoredIndicator | null> {
  const [row] = await findRows(c, { code });
  return row ? toStored(row) : null;
}

export async function loadRefs(c: Client): Promise<CatalogueRefs> {
  // one after another: inside a transaction the queries share one connection
  const categories = await c.industryCategory.findMany({ select: { code: true } });
  const emerging = await c.emergingIndustry.findMany({ select: { code: true } });
  const departments = await c.department.findMany({ select: { code: true } });
  const regions = await c.region.findMany({ select: { code: true } });
  return {
    categories: new Set(categories.map((x) => x.code)),
    emerging: new Set(emerging.map((x) => x.code)),
    departments: new Set(departments.map((x) => x.code)),
    regions: new Set(regions.map((x) => x.code)),
  };
}
