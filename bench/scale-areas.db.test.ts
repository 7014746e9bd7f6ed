// The data set of `bench:scale --areas province` at 2× (the demo, a copy of every indicator,
// 14 cities and the province) keeps the demo's invariants: every city's and every copy's slice,
// mapped back onto Shenyang's codes, passes the checks the demo generator is tested with
// (lib/demo/demo-invariants.ts: districts add up to the city, parts to totals, YTD, growth,
// shares, rates); the cities add up to the province; revisions are vintages in every slice as
// in the demo's; monthly and quarterly series are both there.
import Decimal from "decimal.js";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { allViolations, key, spec, type Values } from "@/lib/demo/demo-invariants";
import { prepareDatabase } from "@/lib/db/ensure";
import { createPrisma } from "@/lib/db/prisma";
import { seedDemoData } from "@/lib/demo/seed-demo";
import { loadReference } from "@/lib/reference/load-reference";
import { addProvince, CITIES, PROVINCE } from "./scale-areas";
import { replicateByIndicator } from "./scale-data";

const NAME = "test_scale_areas";
const urlOf = (name: string) => Object.assign(new URL(process.env.DATABASE_URL!), { pathname: `/${name}` }).toString();

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: urlOf("postgres") });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

type Slice = { latest: Values; revised: number };

/** The newest vintage of every key (by its release time), and how many keys have more than one, per copy and city. */
async function slices(url: string): Promise<Map<string, Slice>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c
    .query<{ code: string; region: string; period: string; value: string }>(
      `SELECT i.code, o.region_code AS region, o.period, o.value::text AS value
       FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN batch b ON b.id = o.batch_id LEFT JOIN release r ON r.id = b.release_id
       WHERE o.value IS NOT NULL ORDER BY COALESCE(r.release_at, 'infinity'), b.id`,
    )
    .finally(() => c.end());
  const out = new Map<string, Slice & { seen: Map<string, number> }>();
  for (const r of rows) {
    const copy = /^X\d+/.exec(r.code)?.[0] ?? "";
    const area = r.region === PROVINCE ? PROVINCE : r.region.slice(0, 4);
    const slice = out.get(`${copy}|${area}`) ?? { latest: new Map(), revised: 0, seen: new Map() };
    out.set(`${copy}|${area}`, slice);
    const k = key(r.code.slice(copy.length), area === PROVINCE ? PROVINCE : `2101${r.region.slice(4)}`, r.period);
    slice.latest.set(k, new Decimal(r.value));
    const n = (slice.seen.get(k) ?? 0) + 1;
    slice.seen.set(k, n);
    if (n === 2) slice.revised++;
  }
  return out;
}

describe("bench:scale --areas province at 2×", () => {
  afterAll(() => admin(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`));

  it("every copy and every city keeps the demo's invariants, and the cities add up to the province", async () => {
    await admin(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${NAME}"`);
    const url = urlOf(NAME);
    await prepareDatabase(url);
    const prisma = createPrisma(url, 2);
    await loadReference(prisma);
    await seedDemoData(prisma, "scale-areas", "2026-10-20");
    await prisma.$disconnect();
    await replicateByIndicator(url, 2);
    await addProvince(url);

    const all = await slices(url);
    const shenyang = all.get("|2101")!;
    expect(shenyang.revised).toBeGreaterThan(0); // the demo has preliminary → final revisions
    const periods = [...shenyang.latest.keys()].map((k) => k.split("|")[2]);
    expect(periods.some((p) => /M\d\d$/.test(p)) && periods.some((p) => /Q\d$/.test(p))).toBe(true);
    const cityKeys: string[] = [];
    for (const copy of ["", "X1"]) {
      for (const prefix of ["2101", ...CITIES.map((ct) => ct[0])]) {
        const slice = all.get(`${copy}|${prefix}`);
        expect(slice, `${copy}|${prefix}`).toBeDefined();
        expect(slice!.latest.size, `${copy}|${prefix}`).toBe(shenyang.latest.size);
        expect(slice!.revised, `${copy}|${prefix} revisions`).toBe(shenyang.revised);
        expect(allViolations(slice!.latest).slice(0, 5), `${copy}|${prefix}`).toEqual([]);
        cityKeys.push(`${copy}|${prefix}`);
      }
      // the province: for additive measures the sum of its 14 cities, for ratios the cities' common value
      const province = all.get(`${copy}|${PROVINCE}`)!;
      const bad: string[] = [];
      for (const [k, value] of province.latest) {
        const [ind, , period] = k.split("|");
        const cities = cityKeys.filter((c) => c.startsWith(`${copy}|`)).map((c) => all.get(c)!.latest.get(key(ind, "210100", period))!);
        const additive = ["CUMULATIVE", "PERIOD", "STOCK"].includes(spec(ind).measureType);
        const want = additive ? cities.reduce((s, v) => s.plus(v), new Decimal(0)) : cities[0];
        if (!value.eq(want)) bad.push(`${copy}${ind} ${period}: province ${value} ≠ ${want}`);
      }
      expect(province.latest.size).toBeGreaterThan(0);
      expect(bad.slice(0, 5)).toEqual([]);
    }
  }, 600_000);
});
