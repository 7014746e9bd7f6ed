// Secondary suppression against an independent attacker (GLPK, lib/test/lp-attack.ts): random
// district × core-industry tables with random primary cells, both dimensions additive.
import { describe, expect, it } from "vitest";
import { feasibleRange, type AttackCell } from "@/lib/test/lp-attack";
import { suppress, type Cell, type Relation } from "./suppress";

const DISTRICTS = Array.from({ length: 13 }, (_, i) => `d${i}`);
const PARTS = ["p4", "p5", "p6", "p7"];

/** A seeded generator, so that a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** total × city table: parts by district random, totals their sums; keys "part|region". */
function table(rand: () => number) {
  const v = new Map<string, number>();
  for (const d of DISTRICTS) for (const p of PARTS) v.set(`${p}|${d}`, Math.round(rand() * 900) + 10);
  for (const d of DISTRICTS) v.set(`tot|${d}`, PARTS.reduce((s, p) => s + v.get(`${p}|${d}`)!, 0));
  for (const p of [...PARTS, "tot"]) v.set(`${p}|city`, DISTRICTS.reduce((s, d) => s + v.get(`${p}|${d}`)!, 0));
  const relations: Relation[] = [
    ...[...PARTS, "tot"].map((p) => ({ total: `${p}|city`, parts: DISTRICTS.map((d) => `${p}|${d}`) })),
    ...["city", ...DISTRICTS].map((r) => ({ total: `tot|${r}`, parts: PARTS.map((p) => `${p}|${r}`) })),
  ];
  return { v, relations };
}

async function attackAll(v: Map<string, number>, relations: Relation[], hidden: Set<string>, primaries: string[]) {
  const cells: AttackCell[] = [...v].map(([key, value]) => ({ key, value: hidden.has(key) ? null : value }));
  return Promise.all(primaries.map(async (p) => ({ p, ...(await feasibleRange(cells, relations, p)) })));
}

// solver start-up (two WebAssembly modules) and a few MIPs: seconds on a busy machine
describe("secondary suppression", { timeout: 60_000 }, () => {
  it("without it, one withheld district is the city minus the others (the attack recovers it exactly)", async () => {
    const { v, relations } = table(rng(1));
    const [r] = await attackAll(v, relations, new Set(["p5|d3"]), ["p5|d3"]);
    expect(r.lo).toBeCloseTo(v.get("p5|d3")!, 6);
    expect(r.hi).toBeCloseTo(v.get("p5|d3")!, 6);
  });

  for (const seed of [2, 3, 5, 8, 13, 21]) {
    it(`protects every primary cell of a random table within ±15 % (seed ${seed})`, async () => {
      const rand = rng(seed);
      const { v, relations } = table(rand);
      const candidates = [...v.keys()].filter((k) => !k.endsWith("|city") && !k.startsWith("tot|"));
      const primaries = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => candidates[Math.floor(rand() * candidates.length)]))];
      const cells: Cell[] = [...v].map(([key, value]) => ({ key, value: String(value), status: primaries.includes(key) ? "primary" : "open", protectionPercent: 15 }));
      const s = await suppress(cells, relations);
      expect(s.blocked).toEqual([]);
      const hidden = new Set([...primaries, ...s.secondary.keys()]);
      // few cells: a primary cell needs at most three complements in a two-way table
      expect(s.secondary.size).toBeLessThanOrEqual(3 * primaries.length);
      expect(s.secondary.size).toBeGreaterThanOrEqual(3); // a single primary needs a rectangle (3 more cells)
      for (const r of await attackAll(v, relations, hidden, primaries)) {
        const value = v.get(r.p)!;
        expect(r.lo, r.p).toBeLessThanOrEqual(value * 0.85 + 1e-6);
        expect(r.hi, r.p).toBeGreaterThanOrEqual(value * 1.15 - 1e-6);
      }
    });
  }

  it("never picks a cell already public, and says which cells block when protection needs one", async () => {
    const { v, relations } = table(rng(4));
    // every cell public but the primary: the release would need a public value withdrawn
    const cells: Cell[] = [...v].map(([key, value]) => ({ key, value: String(value), status: key === "p5|d3" ? "primary" : "fixed", protectionPercent: 15 }));
    const s = await suppress(cells, relations);
    expect(s.secondary.size).toBe(0);
    expect(s.blocked).toHaveLength(1);
    expect(s.blocked[0].cell).toBe("p5|d3");
    expect(s.blocked[0].publicNeighbours).toContain("p5|city");
    expect(s.blocked[0].publicNeighbours).toContain("tot|d3");
  });

  it("uses cells withheld earlier before withholding new ones", async () => {
    const { v, relations } = table(rng(6));
    const earlier = new Set(["p5|d4", "p6|d3", "p6|d4"]);
    const cells: Cell[] = [...v].map(([key, value]) => ({
      key,
      value: String(value),
      status: key === "p5|d3" ? "primary" : earlier.has(key) ? "withheld" : "open",
      protectionPercent: 15,
    }));
    const s = await suppress(cells, relations);
    // the rectangle p5/p6 × d3/d4 is already withheld: protection only needs nothing more if
    // it is wide enough, so whatever is added stays small
    const hidden = new Set(["p5|d3", ...earlier, ...s.secondary.keys()]);
    const [r] = await attackAll(v, relations, hidden, ["p5|d3"]);
    expect(r.hi).toBeGreaterThanOrEqual(v.get("p5|d3")! * 1.15 - 1e-6);
    expect(r.lo).toBeLessThanOrEqual(v.get("p5|d3")! * 0.85 + 1e-6);
    expect(s.secondary.size).toBeLessThanOrEqual(1);
  });
});
