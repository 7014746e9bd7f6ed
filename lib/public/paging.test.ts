import { describe, expect, it } from "vitest";
import { pageHref, pageParam, pageSlice } from "./paging";

describe("public list paging", () => {
  it("reads ?page=N, and anything else as the first page", () => {
    expect(pageParam("3")).toBe(3);
    for (const bad of [undefined, "", "0", "-1", "abc", "1.5", "9999999", ["2", "3"]]) expect(pageParam(bad as string | undefined)).toBe(1);
  });

  it("slices a page, and reads a page past the end as the last", () => {
    const rows = Array.from({ length: 250 }, (_, i) => i);
    expect(pageSlice(rows, 1, 100)).toMatchObject({ page: 1, pages: 3 });
    expect(pageSlice(rows, 3, 100).rows).toEqual(rows.slice(200));
    expect(pageSlice(rows, 9, 100)).toMatchObject({ page: 3, pages: 3 });
    expect(pageSlice([], 1, 100)).toEqual({ rows: [], page: 1, pages: 1 });
  });

  it("keeps the rest of the search in a page's link, and gives page 1 none", () => {
    expect(pageHref("/indicators", { q: "软件", chapter: "INFRASTRUCTURE", page: "2" }, 3)).toBe(`/indicators?q=${encodeURIComponent("软件")}&chapter=INFRASTRUCTURE&page=3`);
    expect(pageHref("/indicators", { page: "2" }, 1)).toBe("/indicators");
  });
});
