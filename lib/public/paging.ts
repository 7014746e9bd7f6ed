// Paged public lists (?page=N): which page a request asks for and what that page holds. A page
// number that is not a whole number from 1, or is past the last page, reads as the first page,
// as on the release calendar: a bad or stale link shows the list, never an error. Pure.

export type PageSlice = {
  /** the page shown, 1-based */
  page: number;
  /** how many pages the list has (1 for an empty list) */
  pages: number;
  /** the index of the page's first item in the whole list */
  offset: number;
  size: number;
};

/** ?page=N as asked for: a whole number from 1, anything else (absent, 0, -1, abc, repeated) 1. */
export function requestedPage(raw: string | string[] | undefined): number {
  const n = typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return Math.max(1, n);
}

/** The page `requested` of a list of `total` items, `size` a page; past the last page, the first. */
export function pageSlice(total: number, requested: number, size: number): PageSlice {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Number.isInteger(requested) && requested >= 1 && requested <= pages ? requested : 1;
  return { page, pages, offset: (page - 1) * size, size };
}
