// What a public page's HTML weighs and how much of it is the page data Next repeats for React
// (the self.__next_f.push scripts): bench/public.ts prints it per page beside Lighthouse, since
// the page data is parsed by the framework's start-up task that Lighthouse counts as blocking.
// Drawings (<svg>) and the inlined stylesheet in the page data are counted apart: both are
// already in the HTML (chart SVGs reach it by key since lib/charts/server-markup-store.ts).
import { gzipSync } from "node:zlib";

export type PageWeight = { htmlBytes: number; gzipBytes: number; pageDataBytes: number; pageDataShare: number; svgInPageData: number; cssInPageData: number };

/** The page data's text: the strings the inline scripts push, decoded as the browser would. */
export function pageData(html: string): string {
  const pushed: string[] = [];
  const self = { __next_f: { push: (x: unknown[]) => void (typeof x[1] === "string" && pushed.push(x[1])) } };
  for (const m of html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?\))<\/script>/g)) {
    // the script is Next's own call with one array literal of JSON values: evaluate only that call
    new Function("self", m[1])(self);
  }
  return pushed.join("");
}

export function pageWeight(html: string): PageWeight {
  const htmlBytes = Buffer.byteLength(html);
  const scripts = [...html.matchAll(/<script[^>]*>self\.__next_f\.push\([\s\S]*?\)<\/script>/g)].reduce((a, m) => a + Buffer.byteLength(m[0]), 0);
  const data = pageData(html);
  const svgInPageData = [...data.matchAll(/<svg[\s\S]*?<\/svg>/g)].reduce((a, m) => a + Buffer.byteLength(m[0]), 0);
  // the inlined stylesheet: the text of the first <style data-precedence> in the head, if the page data repeats it
  const css = html.match(/<style data-precedence="[^"]*"[^>]*>([\s\S]*?)<\/style>/)?.[1] ?? "";
  const cssInPageData = css && data.includes(css.slice(0, 200)) ? Buffer.byteLength(css) : 0;
  return { htmlBytes, gzipBytes: gzipSync(html).length, pageDataBytes: scripts, pageDataShare: htmlBytes ? scripts / htmlBytes : 0, svgInPageData, cssInPageData };
}
