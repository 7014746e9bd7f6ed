// Paging of an ordered list, by offset or by cursor. A cursor names the last row of the page
// (its sort key), not a position, so paging through stays correct when a release adds rows
// between two requests: the next page starts after that row wherever it now is.
import { ParamError } from "./params/param-error";
import type { ParamHelp } from "./params/param-help";

export type PageRequest = { limit: number; offset?: number; cursor?: string };
export type Page<T> = { rows: T[]; offset: number; total: number; nextCursor: string | null };

export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** The key a cursor names, or null when it is not one of ours. */
export function decodeCursor(cursor: string): string[] | null {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(key) && key.length > 0 && key.every((k) => typeof k === "string") ? key : null;
  } catch {
    return null;
  }
}

/**
 * One page of `rows`, which must already be sorted by `compareKey` over `keyOf`.
 * Throws a ParamError (400) for a cursor that does not decode or has the wrong shape.
 */
export function pageOf<T>(
  rows: readonly T[],
  req: PageRequest,
  keyOf: (row: T) => string[],
  compareKey: (a: readonly string[], b: readonly string[]) => number,
  cursorHelp?: ParamHelp,
): Page<T> {
  let start = req.offset ?? 0;
  if (req.cursor !== undefined) {
    const key = decodeCursor(req.cursor);
    if (!key || (rows.length > 0 && key.length !== keyOf(rows[0]).length)) throw ParamError.invalid("cursor", cursorHelp ?? { zh: "无法识别", en: "not recognised" });
    start = firstAfter(rows, key, keyOf, compareKey);
  }
  const page = rows.slice(start, start + req.limit);
  const hasMore = start + page.length < rows.length;
  return {
    rows: page,
    offset: start,
    total: rows.length,
    nextCursor: hasMore && page.length > 0 ? encodeCursor(keyOf(page[page.length - 1])) : null,
  };
}

// Binary search: the first row whose key sorts after `key`.
function firstAfter<T>(rows: readonly T[], key: readonly string[], keyOf: (row: T) => string[], compareKey: (a: readonly string[], b: readonly string[]) => number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKey(keyOf(rows[mid]), key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
