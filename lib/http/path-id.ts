import { z } from "zod";
// A database id from a URL segment: a positive integer that fits PostgreSQL's int4. Anything
// else ("1e308", "99999999999999999999", "-1", "abc") is null, which callers answer 404;
// Number() alone lets "1e308" through and the query then fails with a 500.
const INT4_MAX = 2_147_483_647;

export function parsePathId(raw: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= INT4_MAX ? n : null;
}

/**
 * The same rule for a form field or a query value (an id a page put in a hidden input): digits
 * only, as parsePathId. z.coerce.number() would read "0x10" as 16 and " 1e1" as 10, so a
 * malformed field could act on another row (found by e2e/fuzz-actions.spec.ts).
 */
export const ZDbId = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const n = typeof v === "number" ? (Number.isInteger(v) && v > 0 && v <= INT4_MAX ? v : null) : parsePathId(v);
  if (n === null) {
    ctx.addIssue({ code: "custom", message: "not a database id" });
    return z.NEVER;
  }
  return n;
});
