import { describe, expect, it } from "vitest";
import { pageData, pageWeight } from "./page-weight";

const push = (s: string) => `<script>self.__next_f.push(${JSON.stringify([1, s])})</script>`;
const css = ":root{--fg:#1f2937}" + ".x{color:red}".repeat(30);

describe("pageWeight", () => {
  // Next writes a long string as a text row (T, hex length) that the element refers to ("$b")
  it("decodes the page data and counts the drawings and the stylesheet it repeats", () => {
    const svg = '<svg viewBox="0 0 1 1"><path d="M0 0"/></svg>';
    const html = `<html><head><style data-precedence="next" data-href="/a.css">${css}</style></head><body><div>${svg}</div>` +
      `<script>(self.__next_f=self.__next_f||[]).push([0])</script>${push(`7:T${css.length.toString(16)},${css}`)}${push(`b:T${svg.length.toString(16)},${svg}a:["$","div",null,{"dangerouslySetInnerHTML":{"__html":"$b"}}]\n`)}</body></html>`;
    expect(pageData(html)).toContain(svg);
    const w = pageWeight(html);
    expect(w.svgInPageData).toBe(svg.length);
    expect(w.cssInPageData).toBe(css.length);
    expect(w.pageDataBytes).toBeGreaterThan(svg.length + css.length);
    expect(w.pageDataShare).toBeGreaterThan(0);
    expect(w.pageDataShare).toBeLessThan(1);
    expect(w.htmlBytes).toBe(Buffer.byteLength(html));
  });

  it("finds nothing repeated in a page whose data carries only keys", () => {
    const html = `<html><head><style data-precedence="next">${css}</style></head><body><svg></svg>${push('a:["$","$L1",null,{"markupKey":"k"}]\n')}</body></html>`;
    const w = pageWeight(html);
    expect(w.svgInPageData).toBe(0);
    expect(w.cssInPageData).toBe(0);
  });
});
