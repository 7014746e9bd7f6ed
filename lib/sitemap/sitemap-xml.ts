// The sitemaps.org protocol (0.9) as text: a sitemap index listing the pages, and a page (a
// urlset) of at most PAGE_SIZE URLs, each with its two language versions as xhtml:link
// alternates (how Google reads hreflang in a sitemap). Pure, so that a unit test reads it.

/** The protocol allows 50,000 URLs a page; fewer keep each page's read of the data small. */
export const PAGE_SIZE = 5_000;

export type SitemapEntry = { path: string; lastModified?: Date };

const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

export const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** The English version of a Chinese path: "/" → "/en", "/indicators" → "/en/indicators". */
export const englishPath = (path: string) => `/en${path === "/" ? "" : path}`;

export function sitemapIndexXml(origin: string, pages: number): string {
  const items = Array.from({ length: pages }, (_, n) => `<sitemap><loc>${escapeXml(`${origin}/sitemap/${n}.xml`)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${NS}">\n${items.join("\n")}\n</sitemapindex>\n`;
}

export function urlsetXml(origin: string, entries: readonly SitemapEntry[]): string {
  if (entries.length > PAGE_SIZE) throw new Error(`a sitemap page holds at most ${PAGE_SIZE} URLs (got ${entries.length})`);
  const urls = entries.map((e) => {
    const zh = escapeXml(`${origin}${e.path}`);
    const en = escapeXml(`${origin}${englishPath(e.path)}`);
    const lastmod = e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : "";
    return `<url><loc>${zh}</loc>${lastmod}<xhtml:link rel="alternate" hreflang="zh-CN" href="${zh}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/></url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NS}" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

/** "3.xml" → 3; anything else (no such page) → null. */
export function parsePageFile(file: string): number | null {
  const m = /^(0|[1-9]\d{0,5})\.xml$/.exec(file);
  return m ? Number(m[1]) : null;
}
