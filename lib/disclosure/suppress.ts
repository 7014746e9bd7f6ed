// Secondary suppression: which further cells to withhold so that no primary-confidential cell
// can be worked out, or narrowed to within its protection interval, from the public cells and
// the additive relations (a total equals the sum of its parts).
//
// Method (one MIP per primary cell, solved with HiGHS): the attacker's range for a primary cell
// p reaches v_p + U iff some table x ≥ 0 satisfies every relation, equals every public cell and
// has x_p = v_p + U. Writing x = v + d, that is a deviation d with A·d = 0, d_c = 0 on public
// cells, d_c ≥ −v_c (non-negativity) and d_p = U; the same with d_p = −L for the lower side.
// A binary y_c per cell that may still be withheld lets d_c move (−v_c·y_c ≤ d_c ≤ M·y_c); the
// MIP finds the cheapest set with both deviations, cost 1 + v_c/Σv per cell: as few cells as
// possible, then the smallest. Primary cells are processed one after another; cells chosen for
// one are free for the next. Withholding more never narrows a range, so the union protects all.
// Cells that are already public can never be chosen: if a primary cell cannot be protected
// without them, the result says so (the caller refuses the submission).
// Limits (ARCHITECTURE.md): only additive relations (ratios and growth rates are withheld with
// their source instead: derived.ts; no relations across time), one protection level
// per cell (± the same %), the sequence gives a good set, not the smallest one overall.
import highsLoader from "highs";

export type CellStatus =
  /** public already (or about to be, from another batch): its value is known to everyone */
  | "fixed"
  /** this submission's value: public unless chosen here */
  | "open"
  /** withheld by a primary rule: must be protected */
  | "primary"
  /** withheld already (an earlier complementary cell, or no value at all) */
  | "withheld";

export type Cell = {
  key: string;
  /** exact decimal as staff know it; null = no value reported (treated as an unknown ≥ 0) */
  value: string | null;
  status: CellStatus;
  /** primary cells: the protection interval in % of the value */
  protectionPercent?: number;
  /** how much dearer than usual it is to withhold this cell (e.g. a total whose share is published elsewhere) */
  costFactor?: number;
};

/** total = sum of parts, all keys of cells */
export type Relation = { total: string; parts: string[] };

export type Suppression = {
  /** complementary cell → the primary cells it protects */
  secondary: Map<string, string[]>;
  /** primary cells that cannot be protected, and the public cells around them that would have to be withdrawn */
  blocked: { cell: string; publicNeighbours: string[] }[];
};

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let solver: Promise<Highs> | null = null;
const highs = () => (solver ??= highsLoader());

/** The smallest deviation that still counts as protection when a value is 0. */
const FLOOR = 1e-6;

export async function suppress(cells: Cell[], relations: Relation[]): Promise<Suppression> {
  const byKey = new Map(cells.map((c) => [c.key, c]));
  const rels = relations.filter((r) => [r.total, ...r.parts].every((k) => byKey.has(k)));
  const out: Suppression = { secondary: new Map(), blocked: [] };
  const chosen = new Set<string>();
  for (const comp of components(cells, rels)) {
    const primaries = comp.cells.filter((c) => c.status === "primary").sort((a, b) => (a.key < b.key ? -1 : 1));
    for (const p of primaries) {
      const picked = await protect(p, comp.cells, comp.relations, chosen);
      if (picked === null) {
        const near = new Set<string>();
        for (const r of comp.relations) {
          const all = [r.total, ...r.parts];
          if (all.includes(p.key)) for (const k of all) if (k !== p.key && byKey.get(k)!.status === "fixed") near.add(k);
        }
        out.blocked.push({ cell: p.key, publicNeighbours: [...near].sort() });
        continue;
      }
      for (const k of picked) {
        chosen.add(k);
        out.secondary.set(k, [...(out.secondary.get(k) ?? []), p.key]);
      }
    }
  }
  return out;
}

const num = (c: Cell) => (c.value === null ? 0 : Math.max(0, Number(c.value)));

/** Connected groups of cells through the relations (each is its own small MIP). */
function components(cells: Cell[], rels: Relation[]): { cells: Cell[]; relations: Relation[] }[] {
  const parent = new Map(cells.map((c) => [c.key, c.key]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  for (const r of rels) for (const k of r.parts) parent.set(find(k), find(r.total));
  const groups = new Map<string, { cells: Cell[]; relations: Relation[] }>();
  for (const c of cells) {
    const g = find(c.key);
    if (!groups.has(g)) groups.set(g, { cells: [], relations: [] });
    groups.get(g)!.cells.push(c);
  }
  for (const r of rels) groups.get(find(r.total))!.relations.push(r);
  return [...groups.values()].filter((g) => g.cells.some((c) => c.status === "primary"));
}

/** The open cells to withhold (beyond `chosen`) so that p is protected; null when impossible. */
async function protect(p: Cell, cells: Cell[], rels: Relation[], chosen: Set<string>): Promise<string[] | null> {
  const idx = new Map(cells.map((c, i) => [c.key, i]));
  const total = cells.reduce((s, c) => s + num(c), 0);
  const M = 10 * total + 1;
  const band = Math.max(FLOOR, (num(p) * (p.protectionPercent ?? 15)) / 100);
  const lines: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];
  const cost: string[] = [];
  const moving = (c: Cell) => c.status !== "fixed";
  for (const c of cells) {
    if (!moving(c)) continue;
    const i = idx.get(c.key)!;
    const lo = c.value === null ? 0 : -num(c); // an unreported cell: only "more than we assume"
    for (const side of ["u", "l"]) {
      const d = `${side}${i}`;
      if (c === p) bounds.push(`${d} = ${side === "u" ? band : -band}`);
      else if (c.status === "open" && !chosen.has(c.key)) {
        bounds.push(`${d} >= ${lo}`, `${d} <= ${M}`);
        lines.push(`${d} - ${M} y${i} <= 0`);
        if (lo < 0) lines.push(`${d} + ${-lo} y${i} >= 0`);
        else lines.push(`${d} >= 0`);
      } else bounds.push(`${lo} <= ${d} <= ${M}`);
    }
    if (c.status === "open" && !chosen.has(c.key)) {
      binaries.push(`y${i}`);
      cost.push(`${(1 + num(c) / (total + 1)) * (c.costFactor ?? 1)} y${i}`);
    }
  }
  for (const r of rels) {
    for (const side of ["u", "l"]) {
      const terms: string[] = [];
      if (moving(cells[idx.get(r.total)!])) terms.push(`${side}${idx.get(r.total)}`);
      for (const k of r.parts) if (moving(cells[idx.get(k)!])) terms.push(`- ${side}${idx.get(k)}`);
      if (!terms.length) continue;
      lines.push(`${terms.join(" ").replace(/^- /, "-")} = 0`);
    }
  }
  const lp = [
    "Minimize",
    ` obj: ${cost.length ? cost.join(" + ") : "0 u" + idx.get(p.key)}`,
    "Subject To",
    ...lines.map((l, i) => ` r${i}: ${l}`),
    "Bounds",
    ...bounds.map((b) => ` ${b}`),
    ...(binaries.length ? ["Binary", ` ${binaries.join(" ")}`] : []),
    "End",
  ].join("\n");
  const res = (await highs()).solve(lp, { time_limit: 20, mip_rel_gap: 0 });
  // out of time with a feasible set in hand: that set protects too, only perhaps not the cheapest
  const usable = res.Status === "Optimal" || (res.Status === "Time limit reached" && Number.isFinite(res.ObjectiveValue) && binaries.every((b) => res.Columns[b]));
  if (!usable) return null;
  return binaries.filter((b) => (res.Columns[b]?.Primal ?? 0) > 0.5).map((b) => cells[Number(b.slice(1))].key);
}
