// Loads the reference data (regions, NBS classification, Article 19 tags, departments and
// the starter indicator catalogue with its public metadata) at every start. Idempotent:
// public facts (regions, classification) are upserted; indicators and departments are only
// created when missing, so that later edits made through catalogue management survive a
// restart. One exception, for databases loaded by an older version: fields the starter still
// holds as it first wrote them (the compiler's working notes shown as the public method note,
// empty metadata, the old default due days) are brought up to date (updateStarterFields).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/prisma";
import { writeAudit, SYSTEM_CONTEXT, type Tx } from "@/lib/audit/write-audit";
import { bumpPublicVersion } from "@/lib/public/public-version";
import { parseClassification, parseIndicatorMetadata, parseIndicators, parseRegions, type IndicatorSpec } from "./catalogue";
import { DEPARTMENTS, EMERGING_INDUSTRIES, EXTRA_CATALOGUE_CSV, RATIO_OF } from "./catalogue-extras";
import { dueDaysRule } from "./catalogue-rules";

const DIR = path.join(process.cwd(), "data/reference");
const read = (f: string) => readFileSync(path.join(DIR, f), "utf8");

/** The starter catalogue plus GDP, with the public metadata, as loadReference writes it. */
export function referenceIndicators(): IndicatorSpec[] {
  const metadata = parseIndicatorMetadata(read("indicator-metadata.csv"));
  const starter = parseIndicators(read("indicators.csv"), 0, metadata);
  return [...starter, ...parseIndicators(EXTRA_CATALOGUE_CSV, starter.length, metadata)];
}

const METADATA_FIELDS = ["definition", "definitionEn", "methodNotesEn", "sourceNote", "sourceNoteEn", "internalNotes"] as const;

/**
 * Starter fields an older version wrote and nobody has edited since: the compiler's notes
 * still standing as the public method note (they move to the internal note), metadata still
 * empty, due days still the old frequency default. Anything an admin changed is left alone.
 */
async function updateStarterFields(tx: Tx, specs: IndicatorSpec[]): Promise<string[]> {
  const bySpec = new Map(specs.map((s) => [s.code, s]));
  const rows = await tx.indicator.findMany({
    where: { code: { in: [...bySpec.keys()] } },
    select: { code: true, frequency: true, dueDays: true, methodNotes: true, ...Object.fromEntries(METADATA_FIELDS.map((f) => [f, true])) },
  });
  const updated: string[] = [];
  for (const row of rows as (Record<string, string | number | null> & { code: string; frequency: IndicatorSpec["frequency"] })[]) {
    const s = bySpec.get(row.code)!;
    const data: Record<string, string | number | null> = {};
    if (row.internalNotes === null && s.internalNotes && row.methodNotes === s.internalNotes) data.methodNotes = s.methodNotes;
    for (const f of METADATA_FIELDS) if (row[f] === null && s[f]) data[f] = s[f];
    if (row.frequency === s.frequency && row.dueDays === dueDaysRule(s.frequency) && s.dueDays !== row.dueDays) data.dueDays = s.dueDays;
    if (!Object.keys(data).length) continue;
    await tx.indicator.update({ where: { code: row.code }, data });
    updated.push(row.code);
  }
  return updated;
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
            definition: s.definition,
            definitionEn: s.definitionEn,
            methodNotes: s.methodNotes,
            methodNotesEn: s.methodNotesEn,
            sourceNote: s.sourceNote,
            sourceNoteEn: s.sourceNoteEn,
            internalNotes: s.internalNotes,
            minValue: s.minValue,
            maxValue: s.maxValue,
            dueDays: s.dueDays,
            departmentId: s.department ? departments.get(s.department) : null,
            isHeadline: s.isHeadline,
            sortOrder: s.sortOrder,
            categories: { create: s.categoryCodes.map((categoryCode) => ({ categoryCode })) },
            emerging: { create: s.emerging.map((emergingCode) => ({ emergingCode })) },
            coverage: { create: s.regionCodes.map((regionCode) => ({ regionCode })) },
          },
        });
      }
      const updated = await updateStarterFields(tx, indicators.filter((s) => existing.has(s.code)));
      if (updated.length) {
        await writeAudit(tx, SYSTEM_CONTEXT, { action: "catalogue.reference_updated", entityType: "indicator", data: { codes: updated } });
        await bumpPublicVersion(tx); // the public pages show this metadata
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
      // ratios the disclosure control must know (lib/public/visible-observations.ts): created when missing
      for (const [ratio, r] of Object.entries(RATIO_OF)) {
        const [ratioId, numeratorId, denominatorId] = [ids.get(ratio), ids.get(r.numerator), ids.get(r.denominator)];
        if (ratioId === undefined || numeratorId === undefined || denominatorId === undefined) continue;
        await tx.ratioRelation.upsert({ where: { ratioId }, create: { ratioId, numeratorId, denominatorId, note: `${ratio} = ${r.numerator} / ${r.denominator}` }, update: {} });
      }
      return { createdIndicators: fresh.length };
    },
    { timeout: 60_000 },
  );
}
