// Loads the reference data (regions, NBS classification, Article 19 tags, departments and
// the starter indicator catalogue) at every start. Idempotent: public facts (regions,
// classification) are upserted; indicators and departments are only created when missing,
// so that later edits made through catalogue management survive a restart.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/prisma";
import { parseClassification, parseIndicators, parseRegions, type IndicatorSpec } from "./catalogue";
import { DEPARTMENTS, EMERGING_INDUSTRIES, EXTRA_CATALOGUE_CSV } from "./catalogue-extras";

const DIR = path.join(process.cwd(), "data/reference");
const read = (f: string) => readFileSync(path.join(DIR, f), "utf8");

export function referenceIndicators(): IndicatorSpec[] {
  const starter = parseIndicators(read("indicators.csv"));
  return [...starter, ...parseIndicators(EXTRA_CATALOGUE_CSV, starter.length)];
}

export async function loadReference(prisma: Db): Promise<{ createdIndicators: number }> {
  const regions = parseRegions(read("districts.csv"));
  const categories = parseClassification(read("classification.csv"));
  const indicators = referenceIndicators();

  return prisma.$transaction(
    async (tx) => {
      for (const r of regions) {
        await tx.region.upsert({ where: { code: r.code }, create: r, update: r });
      }
      // parents first: the CSV lists each 大类 before its 中类 and 小类
      for (const c of categories) {
        await tx.industryCategory.upsert({ where: { code: c.code }, create: c, update: c });
      }
      for (const [i, e] of EMERGING_INDUSTRIES.entries()) {
        const row = { ...e, sortOrder: i };
        await tx.emergingIndustry.upsert({ where: { code: e.code }, create: row, update: row });
      }
      for (const d of DEPARTMENTS) {
        await tx.department.upsert({ where: { code: d.code }, create: d, update: {} });
      }
      const departments = new Map((await tx.department.findMany()).map((d) => [d.code, d.id]));
      const existing = new Set((await tx.indicator.findMany({ select: { code: true } })).map((i) => i.code));

      const fresh = indicators.filter((s) => !existing.has(s.code));
      for (const s of fresh) {
        await tx.indicator.create({
          data: {
            code: s.code,
            nameZh: s.nameZh,
            nameEn: s.nameEn,
            unit: s.unit,
            frequency: s.frequency,
            frequencyNote: s.frequencyNote,
            measureType: s.measureType,
            decimals: s.decimals,
            chapter: s.chapter,
            articleRef: s.articleRef,
            articles: s.articles,
            methodNotes: s.methodNotes,
            minValue: s.minValue,
            maxValue: s.maxValue,
            dueDays: s.dueDays,
            departmentId: s.department ? departments.get(s.department) : null,
            isHeadline: s.isHeadline,
            sortOrder: s.sortOrder,
            categories: { create: s.categoryCodes.map((categoryCode) => ({ categoryCode })) },
            emerging: { create: s.emerging.map((emergingCode) => ({ emergingCode })) },
          },
        });
      }
      // links need both ends to exist
      const ids = new Map((await tx.indicator.findMany({ select: { code: true, id: true } })).map((i) => [i.code, i.id]));
      for (const s of fresh) {
        if (!s.growthOf && !s.partOf) continue;
        await tx.indicator.update({
          where: { code: s.code },
          data: {
            growthOfId: s.growthOf ? ids.get(s.growthOf) : null,
            partOfId: s.partOf ? ids.get(s.partOf) : null,
          },
        });
      }
      return { createdIndicators: fresh.length };
    },
    { timeout: 60_000 },
  );
}
