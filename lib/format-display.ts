// Display rounding. Statistical values stay exact decimals everywhere; they are rounded only
// here, half up (四舍五入) to the indicator's decimals.
import Decimal from "decimal.js";

export function roundForDisplay(value: string | null, decimals: number): string | null {
  if (value === null) return null;
  return new Decimal(value).toFixed(decimals, Decimal.ROUND_HALF_UP);
}
