// ECharts' SSR writes the whole font list into every <text> and pointer-events into every
// path: about two thirds of a chart's bytes, sent twice on a page (in the HTML and in React's
// payload). The font list moves to the root <svg>, where text inherits it; pointer events
// mean nothing in a static picture (the interactive chart replaces it).
import { FONT_FAMILY } from "./theme";

const FONT_DECLARATION = `font-family:${FONT_FAMILY};`;

export function compactSvg(svg: string): string {
  if (!svg.startsWith("<svg")) return svg;
  const body = svg
    .replaceAll(FONT_DECLARATION, "")
    .replaceAll(' style=""', "")
    .replaceAll(' pointer-events="visible"', "");
  return body.replace("<svg", `<svg font-family="${FONT_FAMILY}"`);
}
