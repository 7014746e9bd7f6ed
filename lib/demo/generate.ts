// Synthetic demo data for the monitor: a pure, deterministic generator (no I/O, no clock).
// Same output on every run. All figures are SYNTHETIC (示例数据) except where a comment says
// they were aimed at a published magnitude (shared/reference/notes.md §4); none is a
// Shenyang statistic.
//
// Model. Every level is built bottom-up in integers of the indicator's smallest unit:
//  - flows (累计 indicators): a city in-period flow per quarter/month (annual total × seasonal
//    share), split exactly over the 13 districts by district weights (largest remainder), then
//    summed to year-to-date. So districts add up to the city, YTD never falls within a year,
//    and the four core industries (DE004–DE007) add up to DE001 by construction.
//  - stocks (期末): an end-2021 stock plus non-negative increments, split the same way.
//  - growth (GROWTH): the year-to-date ratio to the same period last year (2021 is generated
//    internally as the base and not output), plus an offset of 0.2–1.8 pp that stands for the
//    comparable-price / comparable-scope difference (notes.md §3.3), rounded to 0.1.
//  - rates: DE003 = DE001 / GDP × 100 (2 decimals, as the foundation issue asks; the catalogue
//    displays % with 1) and DE052 = DE051 / DE008(全年) × 100 (1 decimal), both rounded half up
//    and computed from the city's own sums (so the city figure is weighted, not a sum);
//    survey rates DE041/DE042 per district, the city as their average weighted by the number of
//    above-scale industrial enterprises (an internal weight, not output).
//
// Indicators (28; codes and types as lib/reference types indicators.csv):
//  QUARTER (2022Q1–2025Q3; 2025Q3 flagged PRELIMINARY)
//   GDP           context: the denominator of DE003 (Shenyang 2024: 9027.1 亿元, 前三季度 6074.0).
//   DE001–DE011   the core-industry block the foundation issue requires: value added and its
//                 growth and GDP share, the four NBS 大类 parts, 四上 revenue and its growth,
//                 enterprise count and employment.
//   DE032         INFRASTRUCTURE: data-centre racks, quarterly, shows 浑南/沈北 concentration.
//   DE038         DATA_FACTOR: listed data products (stock by provider's district; additive,
//                 unlike DE036 which is a city-portal count).
//   DE037         DATA_FACTOR: data trading value, a small quarterly YTD flow.
//   DE044         DIGITALIZATION: enterprises on the cloud, quarterly stock.
//   DE053         INNOVATION: invention patents granted in digital fields, quarterly YTD count.
//  MONTH (2022M01/M02–2025M09)
//   DE012, DE013  software revenue (YTD, no M01: Jan–Feb are published together as 1—2月)
//                 and its growth: the MIIT-style monthly pair.
//   DE047         DIGITALIZATION: online retail sales, a second monthly YTD flow (双11 peak).
//   DE024, DE026  INFRASTRUCTURE: 5G base stations and gigabit users, monthly stocks (M01 kept).
//  YEAR (2022–2024, released the following March/April)
//   DE040         DATA_FACTOR: data-factor enterprises (stock).
//   DE041, DE042  DIGITALIZATION: CNC rate of key processes, digital R&D tool penetration (rates).
//   DE051, DE052  INNOVATION: core-industry R&D expenditure and intensity (= DE051 / DE008).
//   DE055         INNOVATION: high-tech enterprises in digital fields (stock).
//  Left out on purpose: DE025 (每万人5G基站 is typed STOCK 个 with 0 decimals but is a per-capita
//  ratio, so it can neither be summed nor shown as 22.4), DE036 (a city-portal count with no
//  district split), and the remaining indicators, to keep the demo near 25–30 indicators.
//
// Revision: the 2024Q4 (全年) values of DE001–DE007, with DE002 and DE003 that depend on them,
// are first released in January 2025 flagged PRELIMINARY (初步核算) and re-released in June 2025
// as final (最终核实, revisionReason PRELIMINARY_TO_FINAL). Both vintages keep every invariant.
import {
  mustParsePeriod,
  periodCode,
  periodRange,
  type Frequency,
} from "@/lib/period";
import { allocate, divRound, draw, formatScaled, jitter, sum } from "./generate-util";
import { releaseAt, releaseDay, titles, utc } from "./demo-calendar";
import {
  DEMO_REGIONS,
  INDUSTRIAL_FIRMS,
  PROFILES,
  cityFlows,
  districtFlows,
  flowTable,
  growth,
  need,
  only,
  ratioTable,
  stockTable,
  ytd,
  type Table,
} from "./demo-tables";

export { DEMO_CITY, DEMO_DISTRICTS, DEMO_REGIONS } from "./demo-tables";

export type DemoObservation = {
  indicator: string;
  region: string;
  period: string;
  value: string;
  flag?: "PRELIMINARY";
  release: string;
};

export type DemoRelease = {
  key: string;
  titleZh: string;
  titleEn: string;
  period: string;
  releaseAt: string; // ISO UTC
  indicators: string[];
  revisionReason?: "PRELIMINARY_TO_FINAL";
};


/** The chosen indicators in catalogue order, with their catalogue frequency and output decimals. */
export const DEMO_INDICATORS: { code: string; freq: Frequency; decimals: number }[] = [
  ...["DE001", "DE002", "DE003", "DE004", "DE005", "DE006", "DE007", "DE008", "DE009", "DE010", "DE011"].map((code) => ({
    code,
    freq: "QUARTER" as Frequency,
    decimals: code === "DE002" || code === "DE009" ? 1 : code === "DE010" ? 0 : 2,
  })),
  { code: "DE012", freq: "MONTH", decimals: 2 },
  { code: "DE013", freq: "MONTH", decimals: 1 },
  { code: "DE024", freq: "MONTH", decimals: 0 },
  { code: "DE026", freq: "MONTH", decimals: 2 },
  { code: "DE032", freq: "QUARTER", decimals: 0 },
  { code: "DE037", freq: "QUARTER", decimals: 2 },
  { code: "DE038", freq: "QUARTER", decimals: 0 },
  { code: "DE040", freq: "YEAR", decimals: 0 },
  { code: "DE041", freq: "YEAR", decimals: 1 },
  { code: "DE042", freq: "YEAR", decimals: 1 },
  { code: "DE044", freq: "QUARTER", decimals: 0 },
  { code: "DE047", freq: "MONTH", decimals: 2 },
  { code: "DE051", freq: "YEAR", decimals: 2 },
  { code: "DE052", freq: "YEAR", decimals: 1 },
  { code: "DE053", freq: "QUARTER", decimals: 0 },
  { code: "DE055", freq: "YEAR", decimals: 0 },
  { code: "GDP", freq: "QUARTER", decimals: 2 },
];

const DECIMALS = new Map(DEMO_INDICATORS.map((i) => [i.code, i.decimals]));
const INDICATOR_ORDER = new Map(DEMO_INDICATORS.map((i, n) => [i.code, n]));


const P = mustParsePeriod;
const codes = (from: string, to: string) => periodRange(P(from), P(to));

const Q_ALL = codes("2021Q1", "2025Q3");
const Q_OUT = codes("2022Q1", "2025Q3");
const M_ALL = codes("2021M01", "2025M09");
const M_OUT = codes("2022M01", "2025M09");
const Y_OUT = codes("2022", "2024");
const LATEST_QUARTER = "2025Q3";
const REVISED_QUARTER = "2024Q4";
const REVISED = ["DE001", "DE002", "DE003", "DE004", "DE005", "DE006", "DE007"];


// ---------------------------------------------------------------- the model

type Vintage = Record<string, Table>;

const QUARTER_VA = [0.225, 0.245, 0.245, 0.285];
const QUARTER_REVENUE = [0.215, 0.255, 0.24, 0.29];
const QUARTER_EVEN = [0.2, 0.25, 0.25, 0.3];
const MONTH_SOFTWARE = [6, 5.5, 8.5, 7.8, 8, 10, 7.8, 7.9, 9, 7.8, 8.5, 13.2];
const MONTH_RETAIL = [7.5, 6, 7.8, 7.6, 8.2, 9.3, 7.5, 7.6, 8, 8.4, 11.5, 10.6];
const MONTH_5G_BUILD = [4, 5, 7, 8, 9, 9, 9, 9, 9, 10, 10, 11];
const MONTH_USERS = [8, 7, 8, 8, 8, 8, 8, 8, 9, 9, 9, 10];

/** City GDP (hundredths of 亿元). 2024 is aimed at the published 9027.1 and 前三季度 6074.0. */
const GDP_ANNUAL: Record<number, number> = { 2021: 746000, 2022: 788000, 2023: 845000, 2024: 902710, 2025: 948000 };
const GDP_2024_Q1_Q3 = 607400;

/** Core-industry value added (hundredths of 亿元): ≈5.0% of GDP in 2021 rising to ≈6.0%. */
const CORE_ANNUAL: Record<number, number> = { 2021: 37500, 2022: 41200, 2023: 45800, 2024: 51600, 2025: 57000 };
/** Shares of NBS 大类 01, 02, 03, 04 in core value added (03 largest, then 01, 04, 02). */
const CORE_STRUCTURE: Record<number, number[]> = {
  2021: [0.318, 0.056, 0.416, 0.21],
  2022: [0.312, 0.054, 0.424, 0.21],
  2023: [0.305, 0.052, 0.433, 0.21],
  2024: [0.299, 0.05, 0.442, 0.209],
  2025: [0.294, 0.048, 0.45, 0.208],
};
const PARTS = ["DE004", "DE005", "DE006", "DE007"];

function gdpTable(): Table {
  const city = cityFlows("GDP", Q_ALL, GDP_ANNUAL, [0.212, 0.233, 0.228, 0.327], 0.015);
  const q13 = allocate(GDP_2024_Q1_Q3, [0.212, 0.233, 0.228].map((s, i) => s * (1 + jitter(`GDP|season|2024|${i + 1}`, 0.015))));
  q13.forEach((v, i) => city.set(`2024Q${i + 1}`, v));
  city.set("2024Q4", GDP_ANNUAL[2024] - GDP_2024_Q1_Q3);
  return ytd(Q_ALL, districtFlows("GDP", Q_ALL, city, PROFILES.GDP));
}

/** District in-period flows of the four core industries. */
function coreFlows(): Record<string, Map<string, number[]>> {
  const annual: Record<string, Record<number, number>> = Object.fromEntries(PARTS.map((c) => [c, {}]));
  for (const [year, planned] of Object.entries(CORE_ANNUAL)) {
    // the parts' own flows are fuzzed again in cityFlows, so the total is not round either
    allocate(planned, CORE_STRUCTURE[Number(year)]).forEach((v, i) => (annual[PARTS[i]][Number(year)] = v));
  }
  return Object.fromEntries(
    PARTS.map((c) => [c, districtFlows(c, Q_ALL, cityFlows(c, Q_ALL, annual[c], QUARTER_VA, 0.02), PROFILES[c])]),
  );
}

/** The final revision of 2024Q4: each district's Q4 flow of each part moves by −1.5%…+4.5%. */
function reviseCoreFlows(flows: Record<string, Map<string, number[]>>): Record<string, Map<string, number[]>> {
  return Object.fromEntries(
    PARTS.map((c) => {
      const m = new Map(flows[c]);
      m.set(
        REVISED_QUARTER,
        need(m, REVISED_QUARTER, c).map((f, i) => {
          let delta = -0.015 + 0.06 * draw(`${c}|revision|${i}`);
          if (Math.abs(delta) < 0.005) delta = 0.005;
          return Math.max(0, f + Math.round(f * delta));
        }),
      );
      return [c, m];
    }),
  );
}

function coreVintage(flows: Record<string, Map<string, number[]>>, gdp: Table): Vintage {
  const parts = Object.fromEntries(PARTS.map((c) => [c, ytd(Q_ALL, flows[c])]));
  const de001: Table = new Map(
    Q_ALL.map((p) => {
      const code = periodCode(p);
      const rows = PARTS.map((c) => need(parts[c], code, c));
      return [code, rows[0].map((_, r) => sum(rows.map((row) => row[r])))];
    }),
  );
  return {
    DE001: only(de001, Q_OUT),
    DE002: growth("DE002", de001, Q_OUT, 0.4),
    DE003: ratioTable(only(de001, Q_OUT), only(gdp, Q_OUT), 4),
    ...Object.fromEntries(PARTS.map((c) => [c, only(parts[c], Q_OUT)])),
  };
}

/** Survey rates in tenths of a percent per district; the city is the firm-weighted average. */
function surveyRate(ind: string, base: number[], perYearGain: number): Table {
  const out: Table = new Map();
  for (const p of Y_OUT) {
    const d = base.map((b, i) => {
      const v = b + perYearGain * (p.year - 2022) + jitter(`${ind}|rate|${i}|${p.year}`, 0.6) + jitter(`${ind}|rate|${i}`, 1.5);
      return Math.round(Math.min(95, Math.max(5, v)) * 10);
    });
    const city = divRound(sum(d.map((v, i) => v * INDUSTRIAL_FIRMS[i])), sum(INDUSTRIAL_FIRMS));
    out.set(periodCode(p), [city, ...d]);
  }
  return out;
}

type Model = { first: Vintage; revised: Vintage };

function model(): Model {
  const gdp = gdpTable();
  const flows = coreFlows();

  const de008 = flowTable("DE008", Q_ALL, { 2021: 54500, 2022: 59000, 2023: 65200, 2024: 71600, 2025: 78200 }, QUARTER_REVENUE);
  const de012 = flowTable("DE012", M_ALL, { 2021: 33800, 2022: 37600, 2023: 42100, 2024: 46300, 2025: 50600 }, MONTH_SOFTWARE, 0.04);
  const de047 = flowTable("DE047", M_ALL, { 2021: 76000, 2022: 81500, 2023: 89000, 2024: 96500, 2025: 103000 }, MONTH_RETAIL, 0.04);
  const mCumulative = M_OUT.filter((p) => p.sub !== 1); // 1—2月 is the first YTD figure of a year

  // R&D expenditure: each district's full-year 四上 revenue × an intensity in 0.01% (exact).
  const de051: Table = new Map();
  for (const p of Y_OUT) {
    const rev = need(de008, `${p.year}Q4`, "DE008");
    const intensityBase = [4.0, 3.6, 3.8, 4.4, 4.8, 3.0, 6.2, 4.5, 3.2, 2.2, 1.6, 1.8, 2.0];
    const d = intensityBase.map((b, i) => {
      const bp = Math.round((b + 0.15 * (p.year - 2022) + jitter(`DE051|intensity|${i}|${p.year}`, 0.3)) * 100);
      return divRound(rev[i + 1] * bp, 10000);
    });
    de051.set(periodCode(p), [sum(d), ...d]);
  }
  const de008Full = new Map(Y_OUT.map((p) => [periodCode(p), need(de008, `${p.year}Q4`, "DE008")]));

  const common: Vintage = {
    GDP: only(gdp, Q_OUT),
    DE008: only(de008, Q_OUT),
    DE009: growth("DE009", de008, Q_OUT, -0.3),
    DE010: stockTable("DE010", Q_OUT, 1080, { 2022: 92, 2023: 108, 2024: 118, 2025: 104 }, [0.55, 0.12, 0.13, 0.2]),
    DE011: stockTable("DE011", Q_OUT, 1240, { 2022: 52, 2023: 61, 2024: 66, 2025: 70 }, [0.3, 0.25, 0.25, 0.2]),
    DE012: only(de012, mCumulative),
    DE013: growth("DE013", de012, mCumulative, -0.2),
    DE024: stockTable("DE024", M_OUT, 17300, { 2022: 12820, 2023: 8340, 2024: 6750, 2025: 6200 }, MONTH_5G_BUILD),
    DE026: stockTable("DE026", M_OUT, 3120, { 2022: 3130, 2023: 3880, 2024: 3730, 2025: 3300 }, MONTH_USERS),
    DE032: stockTable("DE032", Q_OUT, 9800, { 2022: 2800, 2023: 3300, 2024: 3900, 2025: 3600 }, QUARTER_EVEN),
    DE037: only(flowTable("DE037", Q_ALL, { 2021: 60, 2022: 140, 2023: 310, 2024: 560, 2025: 820 }, [0.2, 0.24, 0.25, 0.31], 0.1), Q_OUT),
    DE038: stockTable("DE038", Q_OUT, 40, { 2022: 120, 2023: 260, 2024: 360, 2025: 380 }, QUARTER_EVEN),
    DE040: stockTable("DE040", Y_OUT, 205, { 2022: 63, 2023: 84, 2024: 95 }, [1]),
    DE041: surveyRate("DE041", [55, 54, 63, 57.5, 66, 58, 64.5, 61, 59.5, 52, 47.5, 49, 50.5], 1.5),
    DE042: surveyRate("DE042", [76, 75, 74, 76.5, 79, 72, 82, 77, 73, 68, 64, 65.5, 67], 1.3),
    DE044: stockTable("DE044", Q_OUT, 9200, { 2022: 3400, 2023: 3700, 2024: 3800, 2025: 3900 }, QUARTER_EVEN),
    DE047: only(de047, mCumulative),
    DE051: de051,
    DE052: ratioTable(de051, de008Full, 3),
    DE053: only(flowTable("DE053", Q_ALL, { 2021: 1650, 2022: 1980, 2023: 2350, 2024: 2720, 2025: 3050 }, [0.22, 0.25, 0.25, 0.28], 0.05), Q_OUT),
    DE055: stockTable("DE055", Y_OUT, 1420, { 2022: 200, 2023: 250, 2024: 240 }, [1]),
  };
  return {
    first: { ...common, ...coreVintage(flows, gdp) },
    revised: coreVintage(reviseCoreFlows(flows), gdp),
  };
}

// the June re-release of 2024Q4 as final (最终核实)
const REVISION_RELEASE: Omit<DemoRelease, "indicators"> = {
  key: `${REVISED_QUARTER}-final`,
  titleZh: "2024年沈阳市数字经济核心产业增加值最终核实数据",
  titleEn: "Shenyang digital-economy core industries: final verified value added, 2024",
  period: REVISED_QUARTER,
  releaseAt: releaseDay(`${REVISED_QUARTER}-final`, utc(2025, 6, 20), utc(2025, 6, 30)),
  revisionReason: "PRELIMINARY_TO_FINAL",
};

// ---------------------------------------------------------------- output

function observations(v: Vintage, release: (period: string) => string, flag: (ind: string, period: string) => boolean): DemoObservation[] {
  const out: DemoObservation[] = [];
  for (const ind of Object.keys(v).sort((a, b) => INDICATOR_ORDER.get(a)! - INDICATOR_ORDER.get(b)!)) {
    const decimals = DECIMALS.get(ind)!;
    for (const [period, row] of v[ind]) {
      row.forEach((value, r) => {
        out.push({
          indicator: ind,
          region: DEMO_REGIONS[r],
          period,
          value: formatScaled(value, decimals),
          ...(flag(ind, period) ? { flag: "PRELIMINARY" as const } : {}),
          release: release(period),
        });
      });
    }
  }
  return out;
}

export function generateDemo(): { observations: DemoObservation[]; releases: DemoRelease[] } {
  const { first, revised } = model();
  const firstObs = observations(
    first,
    (period) => period,
    (ind, period) => period === LATEST_QUARTER || (period === REVISED_QUARTER && REVISED.includes(ind)),
  );
  const revisedObs = observations(
    Object.fromEntries(REVISED.map((c) => [c, new Map([[REVISED_QUARTER, need(revised[c], REVISED_QUARTER, c)]])])),
    () => REVISION_RELEASE.key,
    () => false,
  );
  const all = [...firstObs, ...revisedObs];

  const byRelease = new Map<string, Set<string>>();
  for (const o of all) {
    if (!byRelease.has(o.release)) byRelease.set(o.release, new Set());
    byRelease.get(o.release)!.add(o.indicator);
  }
  const sortCodes = (s: Set<string>) => [...s].sort((a, b) => INDICATOR_ORDER.get(a)! - INDICATOR_ORDER.get(b)!);
  const releases: DemoRelease[] = [...byRelease.keys()].map((key) => {
    if (key === REVISION_RELEASE.key) return { ...REVISION_RELEASE, indicators: sortCodes(byRelease.get(key)!) };
    const p = P(key);
    return { key, ...titles(p), period: key, releaseAt: releaseAt(p), indicators: sortCodes(byRelease.get(key)!) };
  });
  releases.sort((a, b) => a.releaseAt.localeCompare(b.releaseAt) || a.key.localeCompare(b.key));

  const rank = new Map(releases.map((r, i) => [r.key, i]));
  const observationsOut = all
    .map((o, i) => ({ o, i }))
    .sort((a, b) => rank.get(a.o.release)! - rank.get(b.o.release)! || a.i - b.i)
    .map(({ o }) => o);
  return { observations: observationsOut, releases };
}
