import { describe, expect, it } from "vitest";
import { PAGE_SIZE, parsePageFile, sitemapIndexXml, urlsetXml } from "./sitemap-xml";

describe("sitemap XML", () => {
  it("the index lists one <loc> per page, numbered from 0", () => {
    const xml = sitemapIndexXml("https://tjj.example.org", 3);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([0, 1, 2].map((n) => `https://tjj.example.org/sitemap/${n}.xml`));
  });

  it("a page names each path with its English version and escapes what XML must", () => {
    const xml = urlsetXml("https://x.org", [{ path: "/", lastModified: new Date("2026-10-20T02:00:00Z") }, { path: "/indicators?q=a&b" }]);
    expect(xml).toContain("<url><loc>https://x.org/</loc><lastmod>2026-10-20T02:00:00.000Z</lastmod>");
    expect(xml).toContain('hreflang="en" href="https://x.org/en"');
    expect(xml).toContain("<loc>https://x.org/indicators?q=a&amp;b</loc>");
    expect(xml).toContain('href="https://x.org/en/indicators?q=a&amp;b"');
  });

  it("refuses more URLs than a page may hold", () => {
    const many = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => ({ path: `/indicators/X${i}` }));
    expect(() => urlsetXml("https://x.org", many)).toThrow(/at most/);
  });

  it("reads page file names, and nothing else", () => {
    expect(parsePageFile("0.xml")).toBe(0);
    expect(parsePageFile("12.xml")).toBe(12);
    for (const bad of ["01.xml", "1.xml.gz", "-1.xml", "a.xml", "1", "9999999.xml"]) expect(parsePageFile(bad), bad).toBeNull();
  });
});
