// The attacker of the disclosure tests, independent of the code that chose the suppressions
// (lib/disclosure/suppress.ts uses HiGHS; this uses GLPK): given everything public and the
// additive relations, the smallest and largest value a withheld cell can take, with every
// cell ≥ 0. A withheld value is protected when this range covers ± its protection interval.
// Ratios too (DE003 = DE001 / GDP × 100): where the ratio is public it is a known coefficient,
// so numerator − ratio/scale × denominator = 0 is linear whatever else is withheld.
import GLPK from "glpk.js/node";

export type AttackCell = { key: string; /** the public value, or null when withheld */ value: number | null };
export type AttackRelation = { total: string; parts: string[] };
/** numerator = ratio / scale × denominator (scale 100 for a share in %) */
export type AttackRatio = { ratio: string; numerator: string; denominator: string; scale: number; /** half a unit of the ratio's last decimal */ tolerance?: number };

let glpk: Awaited<ReturnType<typeof GLPK>> | null = null;

export async function feasibleRange(cells: AttackCell[], relations: AttackRelation[], target: string, ratios: AttackRatio[] = []): Promise<{ lo: number; hi: number }> {
  glpk ??= await GLPK();
  const g = glpk;
  const byKey = new Map(cells.map((c) => [c.key, c]));
  const name = new Map(cells.map((c, i) => [c.key, `x${i}`]));
  const rows = relations
    .filter((r) => [r.total, ...r.parts].every((k) => byKey.has(k)))
    .map((r, i) => {
      // public cells move to the right-hand side: Σ hidden coefficients = −Σ public ones
      let rhs = 0;
      const vars: { name: string; coef: number }[] = [];
      for (const [k, coef] of [[r.total, 1] as const, ...r.parts.map((p) => [p, -1] as const)]) {
        const c = byKey.get(k)!;
        if (c.value === null) vars.push({ name: name.get(k)!, coef });
        else rhs -= coef * c.value;
      }
      return { name: `r${i}`, vars, bnds: { type: g.GLP_FX, lb: rhs, ub: rhs } };
    })
    .filter((r) => r.vars.length > 0);
  for (const [i, q] of ratios.entries()) {
    const r = byKey.get(q.ratio)?.value;
    if (r === null || r === undefined || !byKey.has(q.numerator) || !byKey.has(q.denominator)) continue; // a withheld ratio tells nothing
    // the published ratio is rounded: (r − t)/scale × den ≤ num ≤ (r + t)/scale × den
    const t = q.tolerance ?? 0;
    for (const [side, bound, type] of [["hi", r + t, g.GLP_UP], ["lo", r - t, g.GLP_LO]] as const) {
      let rhs = 0;
      const vars: { name: string; coef: number }[] = [];
      for (const [k, coef] of [[q.numerator, 1], [q.denominator, -bound / q.scale]] as const) {
        const c = byKey.get(k)!;
        if (c.value === null) vars.push({ name: name.get(k)!, coef });
        else rhs -= coef * c.value;
      }
      if (vars.length) rows.push({ name: `q${i}${side}`, vars, bnds: { type, lb: rhs, ub: rhs } });
    }
  }
  const hidden = cells.filter((c) => c.value === null);
  const solve = (direction: number) => {
    const res = g.solve({
      name: "attack",
      objective: { direction, name: "obj", vars: [{ name: name.get(target)!, coef: 1 }] },
      subjectTo: rows.length ? rows : [{ name: "none", vars: [{ name: name.get(target)!, coef: 1 }], bnds: { type: g.GLP_LO, lb: 0, ub: 0 } }],
      bounds: hidden.map((c) => ({ name: name.get(c.key)!, type: g.GLP_LO, lb: 0, ub: 0 })),
    }, { msglev: g.GLP_MSG_OFF });
    if (res.result.status === g.GLP_UNBND) return direction === g.GLP_MAX ? Infinity : 0;
    if (res.result.status !== g.GLP_OPT) throw new Error(`attack LP status ${res.result.status}`);
    return res.result.z;
  };
  return { lo: solve(g.GLP_MIN), hi: solve(g.GLP_MAX) };
}
