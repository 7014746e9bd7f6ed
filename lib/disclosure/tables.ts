// The tables a submission belongs to, as cells and additive relations (pure; decide.ts loads
// the rows). A cell is one key (indicator, region, period). Relations, per period:
// - districts → city, for every additive indicator (amounts and counts, not rates or growth);
// - parts → total, per region: the catalogue's part_of (DE004–DE007 → DE001) and every sum
//   relation the bureau declares.
// A relation the staff-known values do not satisfy (beyond rounding) is left out: it tells an
// attacker nothing true about a withheld value (and a wrong total is the upload checks' concern).
import Decimal from "decimal.js";
import type { Cell, Relation } from "./suppress";

export type TableIndicator = { id: number; measureType: string; unit: string; partOfId: number | null };
export type SumRelationRow = { totalId: number; partIds: number[] };

export const cellKey = (indicatorId: number, regionCode: string, period: string) => `${indicatorId}|${regionCode}|${period}`;
export const splitKey = (k: string) => {
  const [i, r, p] = k.split("|");
  return { indicatorId: Number(i), regionCode: r, period: p };
};

const ADDITIVE = new Set(["CUMULATIVE", "PERIOD", "STOCK"]);
export const isAdditive = (i: TableIndicator) => ADDITIVE.has(i.measureType) && !/^\s*[%％]\s*$/.test(i.unit);

/** Indicator-level sum relations: the catalogue's part_of and the declared ones (total id → part ids). */
export function indicatorSums(indicators: TableIndicator[], declared: SumRelationRow[]): SumRelationRow[] {
  const byTotal = new Map<number, number[]>();
  for (const i of indicators) if (i.partOfId !== null) byTotal.set(i.partOfId, [...(byTotal.get(i.partOfId) ?? []), i.id]);
  return [...[...byTotal].map(([totalId, partIds]) => ({ totalId, partIds })), ...declared];
}

/** The indicators linked to `ids` through sum relations, transitively (one table spans them all). */
export function indicatorClosure(ids: number[], sums: SumRelationRow[]): number[] {
  const seen = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of sums) {
      const all = [s.totalId, ...s.partIds];
      if (all.some((i) => seen.has(i)) && all.some((i) => !seen.has(i))) {
        for (const i of all) seen.add(i);
        grew = true;
      }
    }
  }
  return [...seen].sort((a, b) => a - b);
}

/** Relations over the given indicators, regions and periods, kept only where the values agree. */
export function buildRelations(
  o: { indicators: TableIndicator[]; sums: SumRelationRow[]; city: string; districts: string[]; periods: string[] },
  cells: Map<string, Cell>,
): Relation[] {
  const inTable = new Set(o.indicators.map((i) => i.id));
  const out: Relation[] = [];
  for (const p of o.periods) {
    for (const i of o.indicators) {
      if (isAdditive(i)) out.push({ total: cellKey(i.id, o.city, p), parts: o.districts.map((d) => cellKey(i.id, d, p)) });
    }
    for (const s of o.sums) {
      if (![s.totalId, ...s.partIds].every((i) => inTable.has(i))) continue;
      for (const r of [o.city, ...o.districts]) out.push({ total: cellKey(s.totalId, r, p), parts: s.partIds.map((i) => cellKey(i, r, p)) });
    }
  }
  return out.filter((r) => holds(r, cells));
}

function holds(r: Relation, cells: Map<string, Cell>): boolean {
  const total = cells.get(r.total)?.value ?? null;
  const parts = r.parts.map((k) => cells.get(k)?.value ?? null);
  const known = parts.filter((v): v is string => v !== null);
  if (total === null) return known.length > 0; // an unreported total is an unknown ≥ 0 like any other
  const t = new Decimal(total);
  const rest = known.reduce((s, v) => s.minus(v), t);
  // rounding of each part to its decimals, within half a per cent of the total
  const tol = t.abs().times(0.005).plus(1e-6);
  return known.length === parts.length ? rest.abs().lte(tol) : rest.gte(tol.neg());
}
