// --areas province for bench:scale: a two-level area hierarchy, 辽宁省 → its 14 cities → their
// districts and counties. The demo holds one city (沈阳, 210100) and its 13 districts; the 13
// other cities (大连 2102 … 葫芦岛 2114) are added here with 13 districts each, named after
// Shenyang's (2102 02 "大连市·和平区"), and the province itself as 210000. Every observation of
// Shenyang (every vintage, in the same batch) is copied to each city: additive measures
// (CUMULATIVE, PERIOD, STOCK) times a whole factor k of that city, ratios and growth rates
// unchanged. So districts still add up to their city, parts to totals, YTD never falls within
// a year, shares and growth stay what the levels give, revisions stay vintages of their own
// release; the province's additive value is the exact sum of its cities' (a SUM in the
// database, not a formula), its ratios those of its cities (all equal by construction).
// The schema has no province kind: 210000 is stored as a CITY, the one kind of a whole area.
import pg from "pg";

export const PROVINCE = "210000";
export const CITIES: [string, string, string][] = [
  ["2102", "大连市", "Dalian"], ["2103", "鞍山市", "Anshan"], ["2104", "抚顺市", "Fushun"], ["2105", "本溪市", "Benxi"],
  ["2106", "丹东市", "Dandong"], ["2107", "锦州市", "Jinzhou"], ["2108", "营口市", "Yingkou"], ["2109", "阜新市", "Fuxin"],
  ["2110", "辽阳市", "Liaoyang"], ["2111", "盘锦市", "Panjin"], ["2112", "铁岭市", "Tieling"], ["2113", "朝阳市", "Chaoyang"], ["2114", "葫芦岛市", "Huludao"],
];
/** The whole factor of a city's additive values over Shenyang's (沈阳 itself: 1). */
export const cityFactor = (prefix: string) => (prefix === "2101" ? 1 : 1 + (Number(prefix.slice(2)) % 4));
const ADDITIVE = `('CUMULATIVE', 'PERIOD', 'STOCK')`;

export async function addProvince(databaseUrl: string): Promise<{ regions: number; observations: number }> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query("BEGIN");
    await c.query(`CREATE TEMP TABLE cities (prefix text, name_zh text, name_en text, k int, n int) ON COMMIT DROP`);
    for (const [i, [prefix, zh, en]] of CITIES.entries()) await c.query(`INSERT INTO cities VALUES ($1, $2, $3, $4, $5)`, [prefix, zh, en, cityFactor(prefix), i + 1]);
    // Shenyang's areas → each city's: 210100 → 2102 00, 210102 → 2102 02
    await c.query(`CREATE TEMP TABLE areamap ON COMMIT DROP AS
      SELECT r.code AS orig, ct.prefix || right(r.code, 2) AS code, ct.k, r.kind,
             CASE WHEN r.kind = 'CITY' THEN ct.name_zh ELSE ct.name_zh || '·' || r.name_zh END AS name_zh,
             CASE WHEN r.kind = 'CITY' THEN ct.name_en ELSE ct.name_en || ' · ' || r.name_en END AS name_en,
             r.sort_order + 100 * ct.n AS sort_order
      FROM region r CROSS JOIN cities ct WHERE r.code LIKE '2101%'`);
    const regions = await c.query(`INSERT INTO region (code, name_zh, name_en, kind, sort_order)
      SELECT code, name_zh, name_en, kind, sort_order FROM areamap
      UNION ALL SELECT '${PROVINCE}', '辽宁省', 'Liaoning Province', 'CITY', -1`);
    await c.query(`INSERT INTO indicator_region (indicator_id, region_code)
      SELECT ir.indicator_id, m.code FROM indicator_region ir JOIN areamap m ON m.orig = ir.region_code
      UNION ALL SELECT indicator_id, '${PROVINCE}' FROM indicator_region WHERE region_code = '210100'`);
    const scaled = (col: string) => `CASE WHEN i.measure_type IN ${ADDITIVE} THEN o.${col} * m.k ELSE o.${col} END`;
    const copied = await c.query(`INSERT INTO observation (batch_id, indicator_id, region_code, period, period_end, value, flag, note, line, units, top1, top2, withheld)
      SELECT o.batch_id, o.indicator_id, m.code, o.period, o.period_end, ${scaled("value")}, o.flag, o.note, o.line, o.units, ${scaled("top1")}, ${scaled("top2")}, o.withheld
      FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN areamap m ON m.orig = o.region_code`);
    // the province: the sum of its 14 cities in the same batch (ratios: Shenyang's, equal to every city's)
    const province = await c.query(`INSERT INTO observation (batch_id, indicator_id, region_code, period, period_end, value, flag, note, line, units, top1, top2, withheld)
      SELECT o.batch_id, o.indicator_id, '${PROVINCE}', o.period, o.period_end,
             CASE WHEN i.measure_type IN ${ADDITIVE} THEN (
               SELECT sum(x.value) FROM observation x WHERE x.batch_id = o.batch_id AND x.indicator_id = o.indicator_id AND x.period = o.period
                 AND x.region_code IN (SELECT code FROM areamap WHERE kind = 'CITY' UNION ALL SELECT '210100')) ELSE o.value END,
             o.flag, o.note, o.line, NULL, NULL, NULL, o.withheld
      FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE o.region_code = '210100'`);
    await c.query(`INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1'::jsonb, now())
      ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`);
    await c.query("COMMIT");
    await c.query("ANALYZE");
    return { regions: regions.rowCount ?? 0, observations: (copied.rowCount ?? 0) + (province.rowCount ?? 0) };
  } catch (e) {
    await c.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    await c.end();
  }
}
