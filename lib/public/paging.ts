// Pages of a public list (the catalogue, a district's indicators): a province's catalogue of
// thousands of indicators is not one page (issue 21). Links carry ?page=N; page 1 has none.

/** ?page=N: anything but a whole number from 1 reads as the first page (a mangled link still shows the list). */
export function pageParam(raw: string | string[] | undefined): number {
  const n = typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return Math.max(1, n);
}

export type PageOf<T> = { rows: T[]; page: number; pages: number };

/** Page `page` of `rows` (`size` a page); a page past the end reads as the last one. */
export function pageSlice<T>(rows: readonly T[], page: number, size: number): PageOf<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const p = Math.min(Math.max(1, page), pages);
  return { rows: rows.slice((p - 1) * size, p * size), page: p, pages };
}

/** The same search with `page` set (dropped for page 1, whose address is the list's own). */
export function pageHref(path: string, search: Record<string, string | string[] | undefined>, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) {
    if (k === "page" || v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
  }
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}
