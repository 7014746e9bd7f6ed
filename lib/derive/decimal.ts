// Exact decimal arithmetic for statistics. Values travel as strings (as PostgreSQL NUMERIC
// gives them) and are only turned into Decimals here; JS floats would turn 0.1 + 0.2 into
// 0.30000000000000004 and break additivity checks and half-up rounding of x.x5 values.
import Decimal from "decimal.js";

/**
 * A private Decimal constructor, so that no other module's Decimal.set() can change our
 * precision or rounding. 40 significant digits is far beyond any NUMERIC(24, 6) input, so
 * quotients (growth, shares) carry no visible error before display rounding.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const ZERO = new D(0);
export const HUNDRED = new D(100);

// Plain decimal notation with an optional exponent. decimal.js would also accept
// "Infinity", "NaN" and hex/binary literals ("0x1f"), none of which is a statistic.
const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function isDecimalText(value: string): boolean {
  return DECIMAL_TEXT.test(value.trim());
}

/** Parse a statistic; throws on anything that is not a plain decimal number. */
export function dec(value: string | Dec): Dec {
  if (typeof value !== "string") return new D(value);
  const text = value.trim();
  if (!DECIMAL_TEXT.test(text)) throw new Error(`not a decimal number: "${value}"`);
  return new D(text);
}

/** Like dec(), but null/undefined stay null (a missing observation is not zero). */
export function decOrNull(value: string | null | undefined): Dec | null {
  return value === null || value === undefined ? null : dec(value);
}

/** Full-precision plain string, never exponent notation, never "-0". */
export function decToString(d: Dec): string {
  const s = d.toFixed();
  return d.isZero() ? s.replace(/^-/, "") : s;
}

export function decToStringOrNull(d: Dec | null): string | null {
  return d === null ? null : decToString(d);
}

/**
 * Percent change (a / b − 1) × 100, exact to 40 digits. The caller decides which bases
 * are meaningful (see growth.ts); this helper only refuses a zero divisor.
 */
export function percentChange(a: Dec, b: Dec): Dec {
  if (b.isZero()) throw new Error("percentChange: zero base");
  return a.div(b).minus(1).times(HUNDRED);
}
