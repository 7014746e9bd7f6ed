// Display rounding. Values are stored and computed exactly; they are rounded only when
// shown, half up (四舍五入) to the indicator's decimals. decimal.js ROUND_HALF_UP rounds a
// tie away from zero, which is how 四舍五入 treats negatives: −2.345 → −2.35, as NBS tables do.
import { D, dec, type Dec } from "./decimal";

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new Error(`decimals must be an integer 0–20, got ${decimals}`);
  }
}

/** Round a Decimal for display; a value that rounds to zero is shown unsigned ("0.00", not "-0.00"). */
export function roundDecimal(value: Dec, decimals: number): string {
  checkDecimals(decimals);
  const rounded = new D(value).toDecimalPlaces(decimals, D.ROUND_HALF_UP);
  const text = rounded.toFixed(decimals);
  return rounded.isZero() ? text.replace(/^-/, "") : text;
}

/** Round a stored value (string) to `decimals` places, half up, keeping trailing zeros. */
export function roundHalfUp(value: string, decimals: number): string {
  return roundDecimal(dec(value), decimals);
}

export function roundHalfUpOrNull(value: string | null, decimals: number): string | null {
  return value === null ? null : roundHalfUp(value, decimals);
}

/**
 * The rounding rule as shown under tables and charts, with {n} for the decimals. Sub-items
 * are rounded separately, so they may not add up to the rounded total (the NBS table note
 * says the same); the dashboard must not "fix" them.
 */
export const ROUNDING_RULE = {
  zh: "按四舍五入保留{n}位小数；分项之和可能不等于总计",
  en: "Rounded half up to {n} decimal place(s); parts may not add up to the total due to rounding",
} as const;

export function roundingRuleText(decimals: number, locale: "zh" | "en"): string {
  checkDecimals(decimals);
  return ROUNDING_RULE[locale].replace("{n}", String(decimals));
}
