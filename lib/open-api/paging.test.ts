import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageOf } from "./paging";
import { ParamError } from "./params/param-error";

type Row = { k: string };
const rows: Row[] = ["a", "b", "c", "d", "e"].map((k) => ({ k }));
const keyOf = (r: Row) => [r.k];
const cmp = (a: readonly string[], b: readonly string[]) => a[0].localeCompare(b[0]);

describe("paging", () => {
  it("pages by offset and gives the cursor of the last row", () => {
    const p = pageOf(rows, { limit: 2, offset: 1 }, keyOf, cmp);
    expect(p.rows.map((r) => r.k)).toEqual(["b", "c"]);
    expect(p).toMatchObject({ offset: 1, total: 5 });
    expect(decodeCursor(p.nextCursor!)).toEqual(["c"]);
  });
  it("walks all rows by cursor, ending with a null cursor", () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const p = pageOf(rows, { limit: 2, cursor }, keyOf, cmp);
      seen.push(...p.rows.map((r) => r.k));
      if (!p.nextCursor) break;
      cursor = p.nextCursor;
    }
    expect(seen).toEqual(["a", "b", "c", "d", "e"]);
  });
  it("continues after the cursor's row even when rows were added before it", () => {
    const cursor = encodeCursor(["b"]);
    const grown = [{ k: "a" }, { k: "aa" }, ...rows.slice(1)];
    expect(pageOf(grown, { limit: 2, cursor }, keyOf, cmp).rows.map((r) => r.k)).toEqual(["c", "d"]);
  });
  it("gives no cursor on the last page, or when the page is exactly the end", () => {
    expect(pageOf(rows, { limit: 5 }, keyOf, cmp).nextCursor).toBeNull();
    expect(pageOf(rows, { limit: 10, offset: 4 }, keyOf, cmp).nextCursor).toBeNull();
    expect(pageOf(rows, { limit: 10, offset: 99 }, keyOf, cmp).rows).toEqual([]);
  });
  it("refuses a cursor that is not one of ours", () => {
    expect(() => pageOf(rows, { limit: 2, cursor: "not-base64-json" }, keyOf, cmp)).toThrow(ParamError);
    expect(() => pageOf(rows, { limit: 2, cursor: encodeCursor(["a", "b"]) }, keyOf, cmp)).toThrow(ParamError);
    expect(decodeCursor(Buffer.from("[1,2]").toString("base64url"))).toBeNull();
  });
});
