// The structure of the core industries over time: per period, each of the four categories'
// value and its share of their sum (as the home page computes it for the latest period), and
// one category's year-on-year growth computed from its values (计算值). Pure.
import { comparePeriods, mustParsePeriod } from "@/lib/period";
import { D, decToString, shareOfTotal, yoyGrowthSeries } from "@/lib/derive";
import type { PublicObservation } from "./visible-observations";

export type StructureRow = {
  period: string;
  values: (string | null)[];
  /** null for every part unless all parts have a value: a partial sum would inflate the shares */
  shares: (string | null)[];
  isDemo: boolean;
  flags: PublicObservation["flag"][];
};

export function structureRows(partIds: readonly number[], rows: readonly PublicObservation[]): StructureRow[] {
  const obs = rows.filter((o) => partIds.includes(o.indicatorId));
  const periods = [...new Set(obs.map((o) => o.period))].sort((a, b) => comparePeriods(mustParsePeriod(a), mustParsePeriod(b)));
  return periods.map((period) => {
    const at = partIds.map((id) => obs.find((o) => o.indicatorId === id && o.period === period) ?? null);
    const values = at.map((o) => o?.value ?? null);
    const complete = values.every((v) => v !== null);
    const sum = complete ? decToString(values.reduce((s, v) => s.plus(v!), new D(0))) : null;
    return {
      period,
      values,
      shares: values.map((v) => (sum === null ? null : shareOfTotal(v, sum).value)),
      isDemo: at.some((o) => o?.isDemo),
      flags: at.map((o) => o?.flag ?? null),
    };
  });
}

/** Year-on-year growth of one part's year-to-date values, by period. */
export function partGrowth(rows: readonly StructureRow[], index: number): Map<string, string | null> {
  return new Map(yoyGrowthSeries(rows.map((r) => ({ period: r.period, value: r.values[index] }))).map((g) => [g.period, g.value]));
}
