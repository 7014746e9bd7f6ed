// Rules that turn the starter catalogue's wording into the monitor's typed fields.
// Each rule is documented in README.md ("Reference data"). Pure.

import type { Frequency } from "@/lib/period";

export type MeasureTypeKey = "CUMULATIVE" | "PERIOD" | "STOCK" | "RATE" | "GROWTH";

/**
 * Frequency rule. The catalogue lists what publishers use ("月/季", "季/年", "年(部分省份季)").
 * The monitor runs on the bureau's quarterly cycle, so:
 *  1. any mention of 季 (including "部分省份季") → QUARTER;
 *  2. otherwise 月 → MONTH (monthly MIIT/NBS releases stay monthly);
 *  3. otherwise (年, 半年/年) → YEAR.
 * Components and ratios of a quarterly total follow the total (see FREQUENCY_FOLLOWS), so that
 * parts can be checked against their sum each quarter.
 */
export function frequencyRule(catalogue: string): Frequency {
  if (catalogue.includes("季")) return "QUARTER";
  if (catalogue.includes("月")) return "MONTH";
  return "YEAR";
}

/** Indicator → the indicator whose frequency it takes (parts and ratios of DE001). */
export const FREQUENCY_FOLLOWS: Record<string, string> = {
  DE003: "DE001",
  DE004: "DE001",
  DE005: "DE001",
  DE006: "DE001",
  DE007: "DE001",
};

/** "每万人拥有…", "每百人…": a count per head of population, i.e. a ratio, whatever its unit. */
const PER_CAPITA = /^每[百千万]?人/;

/**
 * Measure-type rule: a % indicator named 增速/增长 is published year-on-year growth (kept as
 * given, notes.md §3.3); other % or 指数 indicators, and counts per head of population
 * (每万人拥有5G基站数: 个 per 10,000 people), are rates; the rest follow 累计/期末/当期.
 */
export function measureTypeRule(nameZh: string, unit: string, catalogue: string): MeasureTypeKey {
  if (unit === "%" && /增速|增长率/.test(nameZh)) return "GROWTH";
  if (unit === "%" || unit === "指数" || PER_CAPITA.test(nameZh)) return "RATE";
  if (catalogue.includes("累计")) return "CUMULATIVE";
  if (catalogue.includes("期末")) return "STOCK";
  return "PERIOD";
}

/** Display decimals by unit, following how releases print them (a per-head ratio: 22.4 个/万人). */
export function decimalsRule(unit: string, nameZh = ""): number {
  if (PER_CAPITA.test(nameZh)) return 1;
  if (["家", "个", "套", "件", "架"].includes(unit)) return 0;
  if (unit === "%" || unit === "指数") return 1;
  return 2; // 亿元, 万人, 万户, 万个, 万块, 万次, EFLOPS
}

/** Validation bounds: shares and penetration rates lie in 0–100; levels and counts are ≥ 0. */
export function boundsRule(measureType: MeasureTypeKey, unit: string): { min: string | null; max: string | null } {
  if (measureType === "GROWTH") return { min: "-100", max: null };
  if (measureType === "RATE") return unit === "%" ? { min: "0", max: "100" } : { min: "0", max: null };
  return { min: "0", max: null };
}

/** Due day after the period ends, by frequency, until the reporting schedule says otherwise. */
export function dueDaysRule(freq: Frequency): number {
  return freq === "MONTH" ? 15 : freq === "QUARTER" ? 25 : 60;
}
