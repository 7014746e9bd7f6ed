// One place for how a chart is laid out for the width it is drawn at, applied to every chart
// kind's option after it is built (registry.ts). A chart shrunk by CSS to a phone's width has
// 5 px labels, so a phone gets its own drawing: drawn at NARROW_WIDTH (about a phone's content
// width, so it is shown near 1:1 and text stays at its set size), with small margins, the
// legend below the plot and labels that make room for each other. On every width the title
// sits on its own line and the legend below it, so the two never overlap. Pure.
import type { EChartsCoreOption } from "echarts/core";

export { NARROW_MAX } from "./narrow";
/** The width (px) the narrow drawing is made for: a 390 px phone's content width, roughly. */
export const NARROW_WIDTH = 360;
/** The smallest text in a narrow chart (px). */
export const NARROW_FONT = 12;

const TITLE_TOP = 4;
const TITLE_LINE = 28; // a 15 px title and its gap
const LEGEND_LINE = 28;

// ECharts' options are loosely typed; this file reads and copies them field by field.
type Obj = Record<string, any>;
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v : v ? [v as Obj] : []);
const one = <T,>(v: T | T[]) => (Array.isArray(v) ? v[0] : v);

function withFont(label: Obj | undefined, min: number): Obj {
  const l = label ?? {};
  return { ...l, fontSize: Math.max(min, typeof l.fontSize === "number" ? l.fontSize : min) };
}

function fitAxes(axes: unknown, narrow: boolean, dim: "x" | "y"): unknown {
  if (!axes) return axes;
  const fit = (a: Obj, i = 0): Obj => {
    const name: Obj = narrow ? withFont(a.nameTextStyle, NARROW_FONT) : { ...a.nameTextStyle };
    // a value axis's name (its unit) above the axis starts at the axis and runs over the plot,
    // inward: centred on a left axis 8 px from the edge, "100 million yuan" lost its first
    // letters at every width (ECharts puts a second y axis on the right unless told)
    const right = a.position ? a.position === "right" : i > 0;
    if (dim === "y" && a.name) name.align = right ? "right" : "left";
    if (!narrow) return { ...a, nameTextStyle: name };
    const label: Obj = { ...withFont(a.axisLabel, NARROW_FONT), hideOverlap: true };
    // long category names (industries in English) wrap between words ("break": Latin words stay
    // whole, Chinese breaks between characters) instead of pushing the plot off the chart
    if (a.type === "category" && a.show !== false) Object.assign(label, { width: 112, overflow: "break" });
    return { ...a, axisLabel: label, nameTextStyle: name };
  };
  return Array.isArray(axes) ? axes.map((a, i) => fit(a, i)) : fit(axes as Obj);
}

// The server measures text with estimated glyph widths: exact for Chinese (one em a character),
// about a sixth narrower than the page's font draws Latin letters, so a Latin title is allowed
// less of the width to end inside it once drawn.
const CJK = /[\u3000-\u9fff\uff00-\uffef]/g;
function titleWidth(text: string): number {
  const full = NARROW_WIDTH - 8;
  const cjk = (text.match(CJK) ?? []).length;
  return cjk * 2 >= text.length ? full : Math.round(full * 0.82);
}

function fitOne(o: Obj, narrow: boolean): Obj {
  const title = one(o.title) as Obj | undefined;
  const hasTitle = !!title?.text;
  const legend = one(o.legend) as Obj | undefined;
  const hasLegend = !!legend && legend.show !== false;
  const out: Obj = { ...o };
  // on a phone a title longer than the width ends in "…" (the chart's caption below says it whole)
  const fitTitle = narrow ? { width: titleWidth(String(title?.text ?? "")), overflow: "truncate" } : {};
  if (hasTitle) out.title = { ...title, top: TITLE_TOP, textStyle: { ...title!.textStyle, fontSize: narrow ? 14 : 15, ...fitTitle } };
  if (hasLegend) {
    out.legend = narrow
      ? { ...legend, top: undefined, bottom: 0, left: 0, type: "scroll", textStyle: withFont(legend!.textStyle, NARROW_FONT), pageTextStyle: withFont(legend!.pageTextStyle, NARROW_FONT) }
      : { ...legend, top: hasTitle ? TITLE_TOP + TITLE_LINE : TITLE_TOP, left: 0, type: "scroll" };
  }
  const grids = arr(o.grid);
  if (grids.length) {
    const fitted = grids.map((g) => {
      if (!narrow) {
        const minTop = (hasTitle ? TITLE_TOP + TITLE_LINE : 8) + (hasLegend ? LEGEND_LINE : 0) + (hasLegend ? 16 : 8);
        return { ...g, top: Math.max(typeof g.top === "number" ? g.top : 0, minTop) };
      }
      return {
        ...g,
        left: Math.min(typeof g.left === "number" ? g.left : 8, 4),
        top: hasTitle ? 52 : 16,
        bottom: hasLegend ? LEGEND_LINE + 8 : Math.min(typeof g.bottom === "number" ? g.bottom : 8, 8),
      };
    });
    out.grid = Array.isArray(o.grid) ? fitted : fitted[0];
  }
  out.xAxis = fitAxes(o.xAxis, narrow, "x");
  out.yAxis = fitAxes(o.yAxis, narrow, "y");
  if (narrow) {
    out.textStyle = { ...o.textStyle, fontSize: Math.max(NARROW_FONT, o.textStyle?.fontSize ?? 0) };
    if (o.visualMap) out.visualMap = { ...o.visualMap, textStyle: withFont(o.visualMap.textStyle, NARROW_FONT) };
    if (o.series)
      out.series = arr(o.series).map((s) => (s.label ? { ...s, label: withFont(s.label, NARROW_FONT) } : s));
  }
  return out;
}

/** The option laid out for its width; `narrow` for a container of at most NARROW_MAX px. */
export function fitLayout(option: EChartsCoreOption, narrow: boolean): EChartsCoreOption {
  const o = option as Obj;
  if (o.baseOption) return { ...o, baseOption: fitOne(o.baseOption, narrow) };
  return fitOne(o, narrow);
}

/** The narrow drawing's height for a chart drawn `height` px high at desktop width. */
export function narrowHeight(height: number): number {
  return Math.max(220, Math.round(height * 0.85));
}
