// Published figures from which a withheld value follows without any total: a ratio whose
// numerator (or denominator) is withheld (DE003 × GDP = DE001), a growth rate whose level is
// withheld this period or a year before. The one visibility query withholds them
// (lib/public/visible-observations.ts, from the same declared relations); this file lets the
// decision say so (the review and the audit list them "because its numerator is"), and refuses a
// release whose confidential value already follows from a public ratio or growth rate.
import type { Tx } from "@/lib/audit/write-audit";
import { cellKey, splitKey } from "./tables";

export type DerivedRole = "numerator" | "denominator" | "level";
/** derived indicator ← source indicator, `yearsBack` years earlier (growth: the year before too) */
export type DerivedLink = { derivedId: number; sourceId: number; yearsBack: 0 | 1; role: DerivedRole };

export async function loadDerivedLinks(tx: Tx): Promise<DerivedLink[]> {
  const ratios = await tx.ratioRelation.findMany();
  const growth = await tx.indicator.findMany({ where: { growthOfId: { not: null } }, select: { id: true, growthOfId: true } });
  return [
    ...ratios.flatMap((r): DerivedLink[] => [
      { derivedId: r.ratioId, sourceId: r.numeratorId, yearsBack: 0, role: "numerator" },
      { derivedId: r.ratioId, sourceId: r.denominatorId, yearsBack: 0, role: "denominator" },
    ]),
    ...growth.flatMap((g): DerivedLink[] => [
      { derivedId: g.id, sourceId: g.growthOfId!, yearsBack: 0, role: "level" },
      { derivedId: g.id, sourceId: g.growthOfId!, yearsBack: 1, role: "level" },
    ]),
  ];
}

/** "2025Q3" → "2024Q3" for years = −1 (period codes start with the four-digit year). */
export const shiftYears = (period: string, years: number) => `${Number(period.slice(0, 4)) + years}${period.slice(4)}`;

/** The cells a derived cell is computed from. */
export function sourcesOf(key: string, links: DerivedLink[]): { key: string; role: DerivedRole }[] {
  const k = splitKey(key);
  return links.filter((l) => l.derivedId === k.indicatorId).map((l) => ({ key: cellKey(l.sourceId, k.regionCode, shiftYears(k.period, -l.yearsBack)), role: l.role }));
}

/** The derived cells computed from a source cell. */
export function derivedOf(key: string, links: DerivedLink[]): string[] {
  const k = splitKey(key);
  return links.filter((l) => l.sourceId === k.indicatorId).map((l) => cellKey(l.derivedId, k.regionCode, shiftYears(k.period, l.yearsBack)));
}

/**
 * Of the given cells, those whose newest approved vintage in another batch is withheld
 * (flagged or decided), released or still to come: a derived cell of this batch computed from
 * one of them is withheld with it.
 */
export async function withheldElsewhere(tx: Tx, batchId: number, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const k = keys.map(splitKey);
  const rows = await tx.$queryRaw<{ indicator_id: number; region_code: string; period: string }[]>`
    SELECT DISTINCT o.indicator_id, o.region_code, o.period
    FROM observation o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
    JOIN unnest(${k.map((x) => x.indicatorId)}::int[], ${k.map((x) => x.regionCode)}::text[], ${k.map((x) => x.period)}::text[]) AS t(i, g, p)
      ON o.indicator_id = t.i AND o.region_code = t.g AND o.period = t.p
    WHERE b.status = 'APPROVED' AND r.cancelled_at IS NULL AND o.batch_id <> ${batchId}
      AND (o.flag = 'CONFIDENTIAL' OR o.withheld IS NOT NULL)`;
  return new Set(rows.map((r) => cellKey(r.indicator_id, r.region_code, r.period)));
}

/**
 * Of the given derived cells, those already public (released, newest vintage not withheld):
 * their sources are known to everyone, so they can neither be confidential now nor chosen as
 * complementary cells (withholding the ratio would withdraw a published figure).
 */
export async function publicNow(tx: Tx, batchId: number, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const k = keys.map(splitKey);
  const rows = await tx.$queryRaw<{ indicator_id: number; region_code: string; period: string; hidden: boolean }[]>`
    SELECT DISTINCT ON (o.indicator_id, o.region_code, o.period) o.indicator_id, o.region_code, o.period,
           (o.flag = 'CONFIDENTIAL' OR o.withheld IS NOT NULL OR o.value IS NULL) AS hidden
    FROM observation o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
    JOIN unnest(${k.map((x) => x.indicatorId)}::int[], ${k.map((x) => x.regionCode)}::text[], ${k.map((x) => x.period)}::text[]) AS t(i, g, p)
      ON o.indicator_id = t.i AND o.region_code = t.g AND o.period = t.p
    WHERE b.status = 'APPROVED' AND r.cancelled_at IS NULL AND r.release_at <= now() AND o.batch_id <> ${batchId}
    ORDER BY o.indicator_id, o.region_code, o.period, r.release_at DESC, b.id DESC`;
  return new Set(rows.filter((r) => !r.hidden).map((r) => cellKey(r.indicator_id, r.region_code, r.period)));
}
