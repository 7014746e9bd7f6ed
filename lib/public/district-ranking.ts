// Ranking the county-level units by one value, and grouping them into colour classes for the
// tile map. Values stay exact decimals; only the caller formats them. Pure.
import { dec, shareOfTotal } from "@/lib/derive";

export type UnitValue = { code: string; value: string | null };
export type RankedUnit = UnitValue & { rank: number | null; share: string | null };

/**
 * Largest first. Equal values share a rank (1, 2, 2, 4, as sports tables and NBS rankings
 * do); units without a value come last, unranked. `total` (the city) gives each unit's share.
 */
export function rankUnits(units: readonly UnitValue[], total: string | null = null): RankedUnit[] {
  const withValue = units.filter((u) => u.value !== null).sort((a, b) => dec(b.value!).comparedTo(dec(a.value!)));
  const ranked: RankedUnit[] = withValue.map((u, i, all) => {
    let first = i;
    while (first > 0 && dec(all[first - 1].value!).eq(dec(u.value!))) first--;
    return { ...u, rank: first + 1, share: total === null ? null : shareOfTotal(u.value, total).value };
  });
  return [...ranked, ...units.filter((u) => u.value === null).map((u) => ({ ...u, rank: null, share: null }))];
}

export type ValueClasses = {
  /** class index (0 = lowest) of each unit that has a value */
  classOf: Map<string, number>;
  /** lowest and highest member value of each class, ascending */
  bounds: { min: string; max: string }[];
};

/**
 * Quantile classes: about the same number of units per class, so that one very large district
 * does not leave the other twelve in the same colour (as equal intervals would). Equal values
 * always share a class; at most `maxClasses` classes, fewer when there are fewer distinct values.
 */
export function quantileClasses(units: readonly UnitValue[], maxClasses = 5): ValueClasses {
  const sorted = units.filter((u) => u.value !== null).sort((a, b) => dec(a.value!).comparedTo(dec(b.value!)));
  const n = sorted.length;
  const k = Math.min(maxClasses, new Set(sorted.map((u) => dec(u.value!).toString())).size);
  const raw: number[] = [];
  sorted.forEach((u, i) => {
    const tie = i > 0 && dec(sorted[i - 1].value!).eq(dec(u.value!));
    raw.push(tie ? raw[i - 1] : Math.floor((i * k) / n));
  });
  // ties can leave a class empty: renumber the used ones 0, 1, 2, …
  const used = [...new Set(raw)];
  const classOf = new Map(sorted.map((u, i) => [u.code, used.indexOf(raw[i])]));
  const bounds = used.map((_, c) => {
    const members = sorted.filter((u) => classOf.get(u.code) === c);
    return { min: members[0].value!, max: members.at(-1)!.value! };
  });
  return { classOf, bounds };
}
