import { describe, expect, it } from "vitest";
import { pageSlice, requestedPage } from "./paging";

describe("requestedPage", () => {
  it("reads a whole number from 1 and anything else as the first page", () => {
    expect(requestedPage("2")).toBe(2);
    expect(requestedPage(undefined)).toBe(1);
    for (const bad of ["0", "-1", "abc", "1.5", "", "2e3", "9999999"]) expect(requestedPage(bad), bad).toBe(1);
    expect(requestedPage(["2", "3"])).toBe(1);
  });
});

describe("pageSlice", () => {
  it("cuts a list into fixed pages, the last one shorter", () => {
    expect(pageSlice(125, 1, 60)).toEqual({ page: 1, pages: 3, offset: 0, size: 60 });
    expect(pageSlice(125, 2, 60)).toEqual({ page: 2, pages: 3, offset: 60, size: 60 });
    expect(pageSlice(125, 3, 60)).toEqual({ page: 3, pages: 3, offset: 120, size: 60 });
  });

  it("keeps a list that fits one page on one page", () => {
    expect(pageSlice(60, 1, 60).pages).toBe(1);
    expect(pageSlice(61, 1, 60).pages).toBe(2);
    expect(pageSlice(0, 1, 60)).toEqual({ page: 1, pages: 1, offset: 0, size: 60 });
  });

  it("shows the first page for a page past the last one", () => {
    expect(pageSlice(125, 4, 60)).toEqual({ page: 1, pages: 3, offset: 0, size: 60 });
    expect(pageSlice(0, 2, 60).page).toBe(1);
  });
});
