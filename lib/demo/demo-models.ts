// The figures of the demo: one table per indicator of the catalogue, every period from 2021
// (the growth base, never output) to the end of a given year. Pure and deterministic: a
// period's figure depends on its indicator, region and period only, never on the day the
// demo is generated, so that a later start adds periods without changing released ones.
// All figures are SYNTHETIC (示例数据); where a comment names a published figure, the level
// was aimed at it (shared reference notes §4), and none is a Shenyang statistic.
//
// Model (integers in the indicator's smallest unit, so sums stay exact):
//  - flows (累计): a city in-period flow per quarter/month (annual figure × seasonal share),
//    split exactly over the 13 districts (largest remainder), summed to year-to-date. So
//    districts add up to the city, YTD never falls within a year, and the four core
//    industries (DE004–DE007) add up to DE001 by construction. Parts of a flow (DE014 of
//    DE012, DE048 of DE047, DE049 of DE048) take a share of each district's flow.
//  - stocks (期末): an end-2021 stock plus non-negative increments, split the same way.
//  - growth of a level (DE002, DE009, DE013): the YTD ratio to the same period last year plus
//    an offset of 0.2–1.8 pp standing for comparable prices / comparable scope (notes §3.3);
//    growth published without a level (DE016, DE023): a yearly centre with district spread.
//  - ratios: DE003 = DE001 / GDP × 100 (2 decimals), DE052 = DE051 / DE008(全年) × 100,
//    DE025 = DE024 at quarter end / population × 10⁴, all from each region's own sums (the
//    city figure is weighted, not a sum); survey rates DE041/DE042/DE050 per district, the
//    city as their average weighted by industrial enterprises.
//  - revision: every year's Q4 flows of DE001–DE007 move by −1.5%…+4.5% per district in the
//    final verification (最终核实); `final` holds those Q4 values (with DE002, DE003).
import { mustParsePeriod, periodCode, periodRange, type Frequency, type Period } from "@/lib/period";
import { allocate, draw, jitter, sum } from "./generate-util";
import {
  PROFILES,
  annual,
  cityFlows,
  districtFlows,
  flowTable,
  need,
  ratioTable,
  stockTable,
  ytd,
  type Table,
} from "./demo-tables";
import { growthOf, growthSeries, only, partOfFlow, perTenThousand, rdSpending, surveyRate } from "./demo-model-blocks";

/** The growth base: generated, never output. */
export const ANCHOR_YEAR = 2021;
/** The first year a demo may show (its stocks start from an end-2021 level). */
export const FIRST_DATA_YEAR = 2022;

export type Vintage = Record<string, Table>;
export type Model = { first: Vintage; final: Vintage };

/**
 * Every indicator of the catalogue with the decimals the demo writes (the catalogue's, but
 * DE003, the share of GDP, to 2 as the foundation issue asks) and whether it has districts.
 */
export const DEMO_DECIMALS: Record<string, number> = {
  GDP: 2, DE001: 2, DE002: 1, DE003: 2, DE004: 2, DE005: 2, DE006: 2, DE007: 2, DE008: 2, DE009: 1, DE010: 0, DE011: 2,
  DE012: 2, DE013: 1, DE014: 2, DE015: 2, DE016: 1, DE017: 0, DE018: 2, DE019: 2, DE020: 2, DE021: 2, DE022: 2, DE023: 1,
  DE024: 0, DE025: 1, DE026: 2, DE027: 2, DE028: 2, DE029: 2, DE030: 2, DE031: 2, DE032: 0, DE033: 2, DE034: 2, DE035: 0,
  DE036: 0, DE037: 2, DE038: 0, DE039: 2, DE040: 0, DE041: 1, DE042: 1, DE043: 0, DE044: 0, DE045: 0, DE046: 0, DE047: 2,
  DE048: 2, DE049: 2, DE050: 1, DE051: 2, DE052: 1, DE053: 0, DE054: 0, DE055: 0, DE056: 0,
};

/** Reported for the city only (a city-wide portal): no district rows. */
export const CITY_ONLY_DEMO = new Set(["DE036"]);

const periods = (freq: Frequency, from: number, to: number): Period[] =>
  periodRange(mustParsePeriod(freq === "YEAR" ? String(from) : freq === "QUARTER" ? `${from}Q1` : `${from}M01`), mustParsePeriod(freq === "YEAR" ? String(to) : freq === "QUARTER" ? `${to}Q4` : `${to}M12`));

// ---------------------------------------------------------------- seasonal shares

const QUARTER_VA = [0.225, 0.245, 0.245, 0.285];
const QUARTER_REVENUE = [0.215, 0.255, 0.24, 0.29];
const QUARTER_EVEN = [0.2, 0.25, 0.25, 0.3];
const MONTH_SOFTWARE = [6, 5.5, 8.5, 7.8, 8, 10, 7.8, 7.9, 9, 7.8, 8.5, 13.2];
const MONTH_INDUSTRY = [6, 6.5, 8.5, 8, 8.3, 9, 8, 8.2, 8.8, 8.5, 9, 11.2];
const MONTH_RETAIL = [7.5, 6, 7.8, 7.6, 8.2, 9.3, 7.5, 7.6, 8, 8.4, 11.5, 10.6];
const MONTH_FLAT = [8.2, 7.6, 8.4, 8.2, 8.3, 8.3, 8.4, 8.4, 8.3, 8.4, 8.5, 9.6];
const MONTH_5G_BUILD = [4, 5, 7, 8, 9, 9, 9, 9, 9, 10, 10, 11];
const MONTH_USERS = [8, 7, 8, 8, 8, 8, 8, 8, 9, 9, 9, 10];

// ---------------------------------------------------------------- the core-industry block

/** City GDP (hundredths of 亿元). 2024 is aimed at the published 9027.1 and 前三季度 6074.0. */
const GDP_ANNUAL = annual({ 2021: 746000, 2022: 788000, 2023: 845000, 2024: 902710, 2025: 948000 }, 0.05);
const GDP_2024_Q1_Q3 = 607400;

/** Core-industry value added (hundredths of 亿元): ≈5.0% of GDP in 2021 rising to ≈6.0%. */
const CORE_ANNUAL = annual({ 2021: 37500, 2022: 41200, 2023: 45800, 2024: 51600, 2025: 57000 }, 0.095);
/** Shares of NBS 大类 01, 02, 03, 04 in core value added (03 largest, then 01, 04, 02). */
function coreStructure(year: number): number[] {
  const known: Record<number, number[]> = {
    2021: [0.318, 0.056, 0.416, 0.21],
    2022: [0.312, 0.054, 0.424, 0.21],
    2023: [0.305, 0.052, 0.433, 0.21],
    2024: [0.299, 0.05, 0.442, 0.209],
    2025: [0.294, 0.048, 0.45, 0.208],
  };
  if (known[year]) return known[year];
  const k = Math.min(year - 2025, 10); // the shift to digital technology slows down
  return [0.294 - 0.004 * k, 0.048 - 0.001 * k, 0.45 + 0.006 * k, 0.208 - 0.001 * k];
}
const PARTS = ["DE004", "DE005", "DE006", "DE007"];

function gdpTable(q: Period[]): Table {
  const city = cityFlows("GDP", q, GDP_ANNUAL, [0.212, 0.233, 0.228, 0.327], 0.015);
  const q13 = allocate(GDP_2024_Q1_Q3, [0.212, 0.233, 0.228].map((s, i) => s * (1 + jitter(`GDP|season|2024|${i + 1}`, 0.015))));
  q13.forEach((v, i) => city.set(`2024Q${i + 1}`, v));
  city.set("2024Q4", GDP_ANNUAL(2024) - GDP_2024_Q1_Q3);
  return ytd(q, districtFlows("GDP", q, city, PROFILES.GDP));
}

/** District in-period flows of the four core industries. */
function coreFlows(q: Period[]): Record<string, Map<string, number[]>> {
  const years = [...new Set(q.map((p) => p.year))];
  const byPart: Record<string, Record<number, number>> = Object.fromEntries(PARTS.map((c) => [c, {}]));
  for (const year of years) {
    // the parts' own flows are fuzzed again in cityFlows, so the total is not round either
    allocate(CORE_ANNUAL(year), coreStructure(year)).forEach((v, i) => (byPart[PARTS[i]][year] = v));
  }
  return Object.fromEntries(PARTS.map((c) => [c, districtFlows(c, q, cityFlows(c, q, byPart[c], QUARTER_VA, 0.02), PROFILES[c])]));
}

/** The final verification of each year's Q4: each district's Q4 flow of each part moves by −1.5%…+4.5%. */
function reviseCoreFlows(flows: Record<string, Map<string, number[]>>): Record<string, Map<string, number[]>> {
  return Object.fromEntries(
    PARTS.map((c) => {
      const m = new Map(flows[c]);
      for (const [code, row] of flows[c]) {
        if (!code.endsWith("Q4")) continue;
        const year = code.slice(0, 4);
        m.set(
          code,
          row.map((f, i) => {
            // the 2024 draw keeps its original key, so 2024's revision is the one the first demo published
            let delta = -0.015 + 0.06 * draw(year === "2024" ? `${c}|revision|${i}` : `${c}|revision|${year}|${i}`);
            if (Math.abs(delta) < 0.005) delta = 0.005;
            return Math.max(0, f + Math.round(f * delta));
          }),
        );
      }
      return [c, m];
    }),
  );
}

function partsYtd(q: Period[], flows: Record<string, Map<string, number[]>>): { parts: Record<string, Table>; total: Table } {
  const parts = Object.fromEntries(PARTS.map((c) => [c, ytd(q, flows[c])]));
  const total: Table = new Map(
    q.map((p) => {
      const code = periodCode(p);
      const rows = PARTS.map((c) => need(parts[c], code, c));
      return [code, rows[0].map((_, r) => sum(rows.map((row) => row[r])))];
    }),
  );
  return { parts, total };
}

// ---------------------------------------------------------------- the model

/** Every indicator's tables from 2021 (flows) / 2022 (stocks) to the end of `lastYear`. */
export function buildModel(lastYear: number): Model {
  const qAll = periods("QUARTER", ANCHOR_YEAR, lastYear);
  const mAll = periods("MONTH", ANCHOR_YEAR, lastYear);
  const q = periods("QUARTER", FIRST_DATA_YEAR, lastYear);
  const m = periods("MONTH", FIRST_DATA_YEAR, lastYear);
  const y = periods("YEAR", FIRST_DATA_YEAR, lastYear);
  const mYtd = m.filter((p) => p.sub !== 1); // 1—2月 is a year's first YTD figure

  const gdp = gdpTable(qAll);
  const flows = coreFlows(qAll);
  const original = partsYtd(qAll, flows);
  const revised = partsYtd(qAll, reviseCoreFlows(flows));

  // 四上 revenue: aimed at the 2023 H1 published 308.7 亿元 (city industry bureau)
  const de008 = flowTable("DE008", qAll, annual({ 2021: 54500, 2022: 59000, 2023: 65200, 2024: 71600, 2025: 78200 }, 0.09), QUARTER_REVENUE);
  const de012 = flowTable("DE012", mAll, annual({ 2021: 33800, 2022: 37600, 2023: 42100, 2024: 46300, 2025: 50600 }, 0.09), MONTH_SOFTWARE, 0.04);
  const de047 = flowTable("DE047", mAll, annual({ 2021: 76000, 2022: 81500, 2023: 89000, 2024: 96500, 2025: 103000 }, 0.065), MONTH_RETAIL, 0.04);
  const de048 = partOfFlow("DE048", de047, mAll, (yr) => 0.84 + 0.004 * Math.min(yr - 2021, 10), 0.03);
  const de051 = rdSpending(de008, y);
  const de024 = stockTable("DE024", m, 17300, annual({ 2022: 12820, 2023: 8340, 2024: 6750, 2025: 6200 }, -0.05), MONTH_5G_BUILD);

  const first: Vintage = {
    GDP: only(gdp, q),
    DE001: only(original.total, q),
    DE002: growthOf("DE002", original.total, revised.total, q.filter((p) => p.sub !== 4), 0.4),
    DE003: ratioTable(only(original.total, q), only(gdp, q), 4),
    ...Object.fromEntries(PARTS.map((c) => [c, only(original.parts[c], q)])),
    DE008: only(de008, q),
    DE009: growthOf("DE009", de008, de008, q, -0.3),
    DE010: stockTable("DE010", q, 1080, annual({ 2022: 92, 2023: 108, 2024: 118, 2025: 104 }, 0.02), [0.55, 0.12, 0.13, 0.2]),
    DE011: stockTable("DE011", q, 1240, annual({ 2022: 52, 2023: 61, 2024: 66, 2025: 70 }, 0.02), [0.3, 0.25, 0.25, 0.2]),
    DE012: only(de012, mYtd),
    DE013: growthOf("DE013", de012, de012, mYtd, -0.2),
    DE014: only(partOfFlow("DE014", de012, mAll, (yr) => 0.56 + 0.008 * Math.min(yr - 2021, 10), 0.04), mYtd),
    DE015: only(flowTable("DE015", mAll, annual({ 2021: 30500, 2022: 32100, 2023: 33800, 2024: 36200, 2025: 38900 }, 0.07), MONTH_INDUSTRY, 0.04), mYtd),
    DE016: growthSeries("DE016", mYtd, (yr) => ({ 2022: 9.5, 2023: 12, 2024: 18.5, 2025: 14 })[yr] ?? 12, 4, 1.5),
    DE017: only(flowTable("DE017", mAll, annual({ 2021: 5200, 2022: 5900, 2023: 6600, 2024: 7500, 2025: 8300 }, 0.1), MONTH_INDUSTRY, 0.06), mYtd),
    DE018: only(flowTable("DE018", mAll, annual({ 2021: 720000, 2022: 780000, 2023: 845000, 2024: 980000, 2025: 1090000 }, 0.08), MONTH_INDUSTRY, 0.05), mYtd),
    DE019: only(flowTable("DE019", mAll, annual({ 2021: 13800, 2022: 14300, 2023: 14800, 2024: 15200, 2025: 15600 }, 0.025), MONTH_FLAT, 0.02), mYtd),
    DE020: only(flowTable("DE020", mAll, annual({ 2021: 15600, 2022: 17800, 2023: 20100, 2024: 22400, 2025: 24600 }, 0.09), MONTH_FLAT, 0.03), mYtd),
    DE021: only(flowTable("DE021", mAll, annual({ 2021: 3900, 2022: 4400, 2023: 5000, 2024: 5800, 2025: 6500 }, 0.11), MONTH_SOFTWARE, 0.04), mYtd),
    DE022: flowTable("DE022", y, annual({ 2022: 11500, 2023: 13600, 2024: 16200, 2025: 19000 }, 0.15), [1]),
    DE023: growthSeries("DE023", mYtd, (yr) => ({ 2022: 6.5, 2023: 9.8, 2024: 12.4, 2025: 8.9 })[yr] ?? 10, 6, 2.5),
    // Shenyang: 1.73万 (end-2021), about 3万 (2022), published
    DE024: de024,
    DE025: perTenThousand(de024, q),
    DE026: stockTable("DE026", m, 3120, annual({ 2022: 3130, 2023: 3880, 2024: 3730, 2025: 3300 }, -0.05), MONTH_USERS),
    DE027: stockTable("DE027", m, 320, annual({ 2022: 420, 2023: 480, 2024: 520, 2025: 500 }, 0), MONTH_USERS),
    DE028: stockTable("DE028", m, 39000, annual({ 2022: 1250, 2023: 1180, 2024: 1050, 2025: 980 }, -0.03), MONTH_USERS),
    DE029: stockTable("DE029", m, 27000, annual({ 2022: 13500, 2023: 12800, 2024: 10500, 2025: 8600 }, -0.1), MONTH_USERS),
    DE030: stockTable("DE030", m, 90000, annual({ 2022: 18000, 2023: 21000, 2024: 23000, 2025: 24000 }, 0.03), MONTH_USERS),
    DE031: stockTable("DE031", q, 56000, annual({ 2022: 2600, 2023: 2400, 2024: 2100, 2025: 1800 }, -0.05), QUARTER_EVEN),
    DE032: stockTable("DE032", q, 9800, annual({ 2022: 2800, 2023: 3300, 2024: 3900, 2025: 3600 }, 0.02), QUARTER_EVEN),
    DE033: stockTable("DE033", y, 95, annual({ 2022: 85, 2023: 120, 2024: 160, 2025: 210 }, 0.15), [1]),
    DE034: stockTable("DE034", y, 20, annual({ 2022: 30, 2023: 55, 2024: 90, 2025: 130 }, 0.15), [1]),
    DE035: stockTable("DE035", q, 6, annual({ 2022: 3, 2023: 4, 2024: 3, 2025: 3 }, 0), QUARTER_EVEN),
    DE036: cityOnlyStock(q, 1800, annual({ 2022: 420, 2023: 520, 2024: 610, 2025: 650 }, 0.03)),
    DE037: only(flowTable("DE037", qAll, annual({ 2021: 60, 2022: 140, 2023: 310, 2024: 560, 2025: 820 }, 0.25), [0.2, 0.24, 0.25, 0.31], 0.1), q),
    DE038: stockTable("DE038", q, 40, annual({ 2022: 120, 2023: 260, 2024: 360, 2025: 380 }, 0.05), QUARTER_EVEN),
    DE039: only(flowTable("DE039", mAll, annual({ 2021: 520000, 2022: 780000, 2023: 1120000, 2024: 1480000, 2025: 1850000 }, 0.18), MONTH_FLAT, 0.05), mYtd),
    DE040: stockTable("DE040", y, 205, annual({ 2022: 63, 2023: 84, 2024: 95 }, 0.05), [1]),
    DE041: surveyRate("DE041", y, [55, 54, 63, 57.5, 66, 58, 64.5, 61, 59.5, 52, 47.5, 49, 50.5], 1.5),
    DE042: surveyRate("DE042", y, [76, 75, 74, 76.5, 79, 72, 82, 77, 73, 68, 64, 65.5, 67], 1.3),
    DE043: stockTable("DE043", y, 18, annual({ 2022: 6, 2023: 7, 2024: 8, 2025: 8 }, 0), [1]),
    DE044: stockTable("DE044", q, 9200, annual({ 2022: 3400, 2023: 3700, 2024: 3800, 2025: 3900 }, 0.02), QUARTER_EVEN),
    DE045: stockTable("DE045", y, 120, annual({ 2022: 45, 2023: 55, 2024: 60, 2025: 62 }, 0.02), [1]),
    DE046: stockTable("DE046", y, 40, annual({ 2022: 30, 2023: 35, 2024: 38, 2025: 40 }, 0.02), [1]),
    DE047: only(de047, mYtd),
    DE048: only(de048, mYtd),
    // the 2018 published 限上 online sales (92.6 亿元 in 1—5月) grown to now: about half of all online goods
    DE049: only(partOfFlow("DE049", de048, mAll, (yr) => 0.5 + 0.005 * Math.min(yr - 2021, 10), 0.05), mYtd),
    DE050: surveyRate("DE050", y, [58, 57, 62, 59, 66, 58, 67, 63, 60, 53, 48, 50, 52], 1.2),
    DE051: de051,
    DE052: ratioTable(de051, new Map(y.map((p) => [periodCode(p), need(de008, `${p.year}Q4`, "DE008")])), 3),
    DE053: only(flowTable("DE053", qAll, annual({ 2021: 1650, 2022: 1980, 2023: 2350, 2024: 2720, 2025: 3050 }, 0.1), [0.22, 0.25, 0.25, 0.28], 0.05), q),
    DE054: stockTable("DE054", y, 6500, annual({ 2022: 1100, 2023: 1250, 2024: 1400, 2025: 1500 }, 0.06), [1]),
    DE055: stockTable("DE055", y, 1420, annual({ 2022: 200, 2023: 250, 2024: 240 }, 0.04), [1]),
    DE056: stockTable("DE056", y, 80, annual({ 2022: 9, 2023: 11, 2024: 12, 2025: 12 }, 0), [1]),
  };
  // Q4 first published: its growth is measured against last year's final Q4 (published in June)
  const q4 = q.filter((p) => p.sub === 4);
  for (const [code, row] of growthOf("DE002", original.total, revised.total, q4, 0.4)) first.DE002.set(code, row);

  const final: Vintage = {
    DE001: only(revised.total, q4),
    DE002: growthOf("DE002", revised.total, revised.total, q4, 0.4),
    DE003: ratioTable(only(revised.total, q4), only(gdp, q4), 4),
    ...Object.fromEntries(PARTS.map((c) => [c, only(revised.parts[c], q4)])),
  };
  return { first, final };
}

/** A stock of the city alone (a city-wide platform): the row holds the city only. */
function cityOnlyStock(q: Period[], initial: number, increase: (year: number) => number): Table {
  const inc = cityFlows("DE036", q, increase, QUARTER_EVEN, 0.15);
  const out: Table = new Map();
  let acc = initial;
  for (const p of q) {
    acc += need(inc, periodCode(p), "DE036");
    out.set(periodCode(p), [acc]);
  }
  return out;
}
