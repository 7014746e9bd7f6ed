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

/** The same rule for a form field or a query value (an id a page put in a hidden input). */
export const ZDbId = z.coerce.number().int().positive().max(INT4_MAX);
