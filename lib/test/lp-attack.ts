// The attacker of the disclosure tests, independent of the code that chose the suppressions
// (lib/disclosure/suppress.ts uses HiGHS; this uses GLPK): given everything public and the
// additive relations, the smallest and largest value a withheld cell can take, with every
// cell ≥ 0. A withheld value is protected when this range covers ± its protection interval.
import GLPK from "glpk.js/node";

export type AttackCell = { key: string; /** the public value, or null when withheld */ value: number | null };
export type AttackRelation = { total: string; parts: string[] };

let glpk: Awaited<ReturnType<typeof GLPK>> | null = null;

export async function feasibleRange(cells: AttackCell[], relations: AttackRelation[], target: string): Promise<{ lo: number; hi: number }> {
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
