// Growth wording in the voice of Chinese statistical releases (notes.md §3.3):
// "增长5.2%", "下降3.4%", "持平", "增长1.1倍" (= +110%, not ×1.1), "提高/回落0.5个百分点".
//
// Rules chosen:
// - The figure is rounded half up to the display decimals first and classified afterwards,
//   so +0.04% shown with 1 decimal reads "持平" (never "增长0.0%") and +99.96% reads as ≥100%.
// - Growth ≥ 100% is written in 倍: N = growth / 100 rounded half up to 1 decimal, from the
//   exact growth (no double rounding). +100% is "增长1.0倍", not "翻一番": one rule for
//   every value keeps the 0.1 precision of other growth figures and needs no special case;
//   "翻一番" is only recognised when parsing.
// - English avoids "1.1-fold", which many readers take as ×1.1 (the very misreading the
//   notes warn about): +110% is "up 110.0% (2.1 times)", the multiple being 1 + growth/100.
import { D, dec, HUNDRED } from "./decimal";
import { roundDecimal } from "./rounding";

type Classified = { sign: -1 | 0 | 1; shown: string; fold: string | null; times: string | null };

function classify(growth: string, decimals: number): Classified {
  const exact = dec(growth);
  const shown = roundDecimal(exact.abs(), decimals);
  const rounded = dec(roundDecimal(exact, decimals));
  if (rounded.isZero()) return { sign: 0, shown, fold: null, times: null };
  if (rounded.isNegative()) return { sign: -1, shown, fold: null, times: null };
  if (rounded.lt(HUNDRED)) return { sign: 1, shown, fold: null, times: null };
  const fold = roundDecimal(exact.div(HUNDRED), 1);
  const times = roundDecimal(exact.div(HUNDRED).plus(new D(1)), 1);
  return { sign: 1, shown, fold, times };
}

/** "增长5.2%", "增长1.1倍", "下降3.4%", "持平". `growth` is in percent. */
export function growthWordingZh(growth: string, decimals = 1): string {
  const c = classify(growth, decimals);
  if (c.sign === 0) return "持平";
  if (c.sign < 0) return `下降${c.shown}%`;
  return c.fold !== null ? `增长${c.fold}倍` : `增长${c.shown}%`;
}

/** "up 5.2%", "up 110.0% (2.1 times)", "down 3.4%", "unchanged". */
export function growthWordingEn(growth: string, decimals = 1): string {
  const c = classify(growth, decimals);
  if (c.sign === 0) return "unchanged";
  if (c.sign < 0) return `down ${c.shown}%`;
  return c.times !== null ? `up ${c.shown}% (${c.times} times)` : `up ${c.shown}%`;
}

/** Change of a rate in 百分点: "提高0.5个百分点", "回落0.5个百分点", "持平". */
export function pointChangeWordingZh(points: string, decimals = 1): string {
  const shown = roundDecimal(dec(points).abs(), decimals);
  const rounded = dec(roundDecimal(dec(points), decimals));
  if (rounded.isZero()) return "持平";
  return rounded.isNegative() ? `回落${shown}个百分点` : `提高${shown}个百分点`;
}

/** "up 0.5 pp", "down 0.5 pp", "unchanged". */
export function pointChangeWordingEn(points: string, decimals = 1): string {
  const shown = roundDecimal(dec(points).abs(), decimals);
  const rounded = dec(roundDecimal(dec(points), decimals));
  if (rounded.isZero()) return "unchanged";
  return rounded.isNegative() ? `down ${shown} pp` : `up ${shown} pp`;
}

export function growthWording(growth: string, locale: "zh" | "en", decimals = 1): string {
  return locale === "en" ? growthWordingEn(growth, decimals) : growthWordingZh(growth, decimals);
}

export function pointChangeWording(points: string, locale: "zh" | "en", decimals = 1): string {
  return locale === "en" ? pointChangeWordingEn(points, decimals) : pointChangeWordingZh(points, decimals);
}
