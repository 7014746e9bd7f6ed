// Catalogue entries → the JSON of /api/v1/indicators and /api/v1/indicators/{code}.
import type { PublicIndicator } from "@/lib/public/public-indicators";
import type { ApiCatalogue, Named } from "../catalogue/load-catalogue";
import type { MethodologyNoteRow } from "../catalogue/find-indicator-notes";
import type { PublicRelease } from "@/lib/releases/public-releases";
import type { TIndicatorDetail, TIndicatorSummary } from "../schemas/indicator";
import type { IndicatorLatest } from "./latest-by-indicator";

const named = (n: Named | undefined, code: string) => ({ code, nameZh: n?.nameZh ?? code, nameEn: n?.nameEn ?? null });

export function serialiseIndicatorSummary(i: PublicIndicator, cat: ApiCatalogue, latest: IndicatorLatest | undefined): TIndicatorSummary {
  const code = encodeURIComponent(i.code);
  return {
    code: i.code,
    nameZh: i.nameZh,
    nameEn: i.nameEn,
    unit: i.unit,
    frequency: i.frequency,
    measureType: i.measureType,
    decimals: i.decimals,
    chapter: i.chapter as TIndicatorSummary["chapter"],
    articleRef: i.articleRef,
    articles: i.articles,
    categories: i.categoryCodes.map((c) => named(cat.categories.get(c), c)),
    emerging: i.emergingCodes.map((c) => named(cat.emerging.get(c), c)),
    department: i.departmentCode ? named(cat.departments.get(i.departmentCode), i.departmentCode) : null,
    higherIsBetter: i.higherIsBetter,
    growthOf: i.growthOfId === null ? null : (cat.byId.get(i.growthOfId)?.code ?? null),
    partOf: i.partOfId === null ? null : (cat.byId.get(i.partOfId)?.code ?? null),
    retired: i.retired,
    latestPeriod: latest?.latestPeriod ?? null,
    lastReleasedAt: latest?.lastReleasedAt?.toISOString() ?? null,
    links: { self: `/api/v1/indicators/${code}`, observations: `/api/v1/observations?indicator=${code}` },
  };
}

export type IndicatorDetailInput = {
  latest: IndicatorLatest | undefined;
  notes: MethodologyNoteRow[];
  regions: string[];
  nextRelease: Pick<PublicRelease, "id" | "titleZh" | "titleEn" | "period" | "releaseAt"> | null;
};

export function serialiseIndicatorDetail(i: PublicIndicator, cat: ApiCatalogue, d: IndicatorDetailInput): TIndicatorDetail {
  const r = d.nextRelease;
  return {
    ...serialiseIndicatorSummary(i, cat, d.latest),
    definition: i.definition,
    definitionEn: i.definitionEn,
    methodNotes: i.methodNotes,
    methodNotesEn: i.methodNotesEn,
    source: i.sourceNote,
    sourceEn: i.sourceNoteEn,
    methodologyNotes: d.notes.map((n) => ({ effectiveAt: n.effectiveAt.toISOString(), textZh: n.textZh, textEn: n.textEn })),
    regions: d.regions,
    nextRelease: r ? { id: r.id, titleZh: r.titleZh, titleEn: r.titleEn, period: r.period, releaseAt: r.releaseAt.toISOString() } : null,
  };
}
