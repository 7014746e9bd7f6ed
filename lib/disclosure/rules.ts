// Primary confidentiality: is this one value, by itself, about too few respondents? The bureau
// sets the rule per indicator (table disclosure_rule, the admin page /admin/disclosure); an
// indicator without a row gets DEFAULT_RULE. The rules read the upload's never-public columns
// (units, the largest and the second largest unit's contribution); a value sent without them
// can only be flagged by hand (x, 保密). Exact decimals throughout (decimal.js).
import Decimal from "decimal.js";

export type DisclosureRuleSpec = {
  /** fewer reporting units than this → withheld */
  minUnits: number;
  /** (n, k) dominance: the n (1 or 2) largest units make more than k % of the value */
  dominanceN: number | null;
  dominanceK: string | null;
  /** p % rule: what is left after the two largest is less than p % of the largest */
  pPercent: string | null;
  /** the attacker must not narrow a withheld value to within ± this % of it */
  protectionPercent: string;
};

export const DEFAULT_RULE: DisclosureRuleSpec = { minUnits: 3, dominanceN: null, dominanceK: null, pPercent: null, protectionPercent: "15" };

export type RuleInput = { value: string | null; flag: string | null; units: number | null; top1: string | null; top2: string | null };

/** Why a value is primary-confidential (stored in observation.withheld, shown on the review page). */
export type PrimaryReason =
  | { rule: "flag" }
  | { rule: "min_units"; units: number; min: number }
  | { rule: "dominance"; n: number; k: string }
  | { rule: "p_percent"; p: string };

export function primaryReason(o: RuleInput, r: DisclosureRuleSpec): PrimaryReason | null {
  if (o.flag === "CONFIDENTIAL") return { rule: "flag" };
  if (o.value === null) return null;
  if (o.units !== null && o.units < r.minUnits) return { rule: "min_units", units: o.units, min: r.minUnits };
  const value = new Decimal(o.value);
  const top1 = o.top1 === null ? null : new Decimal(o.top1);
  const top2 = o.top2 === null ? null : new Decimal(o.top2);
  if (r.dominanceN !== null && r.dominanceK !== null && top1 && value.gt(0)) {
    const largest = r.dominanceN >= 2 ? (top2 ? top1.plus(top2) : null) : top1;
    if (largest && largest.gt(value.times(r.dominanceK).div(100))) return { rule: "dominance", n: r.dominanceN, k: r.dominanceK };
  }
  // the second largest respondent knows its own figure: it estimates the largest as value −
  // itself, off by the rest; a rest under p % of the largest is too close
  if (r.pPercent !== null && top1 && top1.gt(0)) {
    const rest = value.minus(top1).minus(top2 ?? 0);
    if (rest.lt(top1.times(r.pPercent).div(100))) return { rule: "p_percent", p: r.pPercent };
  }
  return null;
}

/** Checks a rule the administrator submits; returns the Chinese and English reason it is refused, or null. */
export function invalidRule(r: DisclosureRuleSpec): { zh: string; en: string } | null {
  const pct = (s: string | null) => s === null || (/^\d+(\.\d{1,2})?$/.test(s) && Number(s) > 0 && Number(s) <= 100);
  if (!Number.isInteger(r.minUnits) || r.minUnits < 1 || r.minUnits > 1000) return { zh: "最少单位数须为 1–1000 的整数。", en: "Minimum units must be a whole number from 1 to 1000." };
  if ((r.dominanceN === null) !== (r.dominanceK === null)) return { zh: "支配规则须同时填写 n 和 k。", en: "A dominance rule needs both n and k." };
  if (r.dominanceN !== null && r.dominanceN !== 1 && r.dominanceN !== 2) return { zh: "支配规则的 n 只能是 1 或 2（上传只含最大和第二大单位的数值）。", en: "Dominance n must be 1 or 2 (uploads carry the two largest units only)." };
  if (!pct(r.dominanceK) || !pct(r.pPercent)) return { zh: "k 和 p 须为 0–100 之间的百分数（最多两位小数）。", en: "k and p must be percentages above 0 and at most 100 (two decimals at most)." };
  if (!pct(r.protectionPercent)) return { zh: "保护区间须为 0–100 之间的百分数（最多两位小数）。", en: "The protection interval must be a percentage above 0 and at most 100." };
  return null;
}
