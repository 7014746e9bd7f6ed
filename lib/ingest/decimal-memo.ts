// Parsed decimals remembered by their text. The rules re-read the same published history and
// the same typed values at every keystroke of the online return; parsing them again each time
// was a visible share of a keystroke on a phone. Decimals are immutable, so sharing is safe.
// Bounded: a large upload's values pass through once and are dropped when the memo fills.
import Decimal from "decimal.js";

const MAX = 20_000;
const memo = new Map<string, Decimal>();

export function dec(text: string): Decimal {
  let d = memo.get(text);
  if (!d) {
    if (memo.size >= MAX) memo.clear();
    memo.set(text, (d = new Decimal(text)));
  }
  return d;
}
