// The 13 county-level units of Shenyang as a tile map: one equal square per unit on a grid
// that keeps their rough geography (no outside map data can be fetched, and a tile map
// gives the small core districts the same weight as the large counties). Drawn as an
// ECharts heatmap on hidden category axes; the colour classes come from the caller. Pure.
import type { EChartsCoreOption } from "echarts/core";
import { escapeHtml } from "../escape";
import { axisUnit, valueAndUnit, type ChartLocale } from "./chart-unit";
import { FONT_FAMILY, TEXT_COLOR } from "../theme";

/** Grid cell of each unit: row 0 is the north. */
export const TILE_LAYOUT: Record<string, { col: number; row: number }> = {
  "210123": { col: 1, row: 0 }, // 康平县: the far north
  "210124": { col: 1, row: 1 }, // 法库县
  "210113": { col: 3, row: 1 }, // 沈北新区: north of the core
  "210181": { col: 0, row: 2 }, // 新民市: west
  "210114": { col: 1, row: 2 }, // 于洪区: west of the core
  "210105": { col: 2, row: 2 }, // 皇姑区
  "210104": { col: 3, row: 2 }, // 大东区
  "210115": { col: 0, row: 3 }, // 辽中区: south-west
  "210106": { col: 1, row: 3 }, // 铁西区
  "210102": { col: 2, row: 3 }, // 和平区
  "210103": { col: 3, row: 3 }, // 沈河区
  "210111": { col: 2, row: 4 }, // 苏家屯区: south
  "210112": { col: 3, row: 4 }, // 浑南区: south-east
};

const COLS = 4;
const NARROW = 520; // px: below this the legend is hidden (see the media query)
const ROWS = 5;

/** Light to dark; each fill is paired with the label colour that keeps 4.5:1 contrast on it. */
export const TILE_COLORS = ["#dbeafe", "#93c5fd", "#60a5fa", "#2563eb", "#1e3a8a"] as const;
export const TILE_TEXT = ["#111827", "#111827", "#111827", "#ffffff", "#ffffff"] as const;
export const MISSING_COLOR = "#f3f4f6";

export type TileMapData = ChartLocale & {
  title: string;
  unit: string;
  /** classIndex: 0 … classes.length − 1, or null for a unit without a value */
  tiles: { code: string; label: string; display: string; classIndex: number | null }[];
  /** ascending classes with their legend text */
  classes: { label: string }[];
  missingLabel: string;
};

/** Which palette entry each of k classes uses: spread over the palette, darkest last. */
export function paletteIndex(classIndex: number, classCount: number): number {
  if (classCount <= 1) return TILE_COLORS.length - 2;
  return Math.round((classIndex * (TILE_COLORS.length - 1)) / (classCount - 1));
}

export function buildTileMapOption(d: TileMapData): EChartsCoreOption {
  const k = d.classes.length;
  const placed = d.tiles.filter((t) => TILE_LAYOUT[t.code]);
  const hasMissing = placed.some((t) => t.classIndex === null);
  const pieces: { value: number; label: string; color: string }[] = d.classes.map((c, i) => ({ value: i, label: c.label, color: TILE_COLORS[paletteIndex(i, k)] }));
  if (hasMissing) pieces.push({ value: -1, label: d.missingLabel, color: MISSING_COLOR });
  const baseOption = {
    aria: { enabled: true },
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    title: { text: d.title, left: 0, top: 4, textStyle: { fontSize: 15, color: TEXT_COLOR } }, // ECharts 6 puts titles lower by default
    grid: { left: 0, right: 0, top: 36, bottom: 40 },
    xAxis: { type: "category", data: Array.from({ length: COLS }, (_, i) => String(i)), show: false },
    yAxis: { type: "category", data: Array.from({ length: ROWS }, (_, i) => String(i)), show: false, inverse: true },
    visualMap: { type: "piecewise", dimension: 2, pieces, orient: "horizontal", left: 0, bottom: 0, selectedMode: false, textStyle: { color: TEXT_COLOR } },
    tooltip: {
      trigger: "item",
      formatter: (p: { dataIndex: number }) => {
        const t = placed[p.dataIndex];
        return `${escapeHtml(t.label)}<br/>${escapeHtml(valueAndUnit(t.display, d.unit, d.locale))}`;
      },
    },
    series: [
      {
        type: "heatmap",
        name: d.title,
        itemStyle: { borderColor: "#ffffff", borderWidth: 3 },
        label: {
          show: true,
          fontSize: 12,
          formatter: (p: { dataIndex: number }) => `${placed[p.dataIndex].label}\n${placed[p.dataIndex].display}`,
        },
        data: placed.map((t) => {
          const { col, row } = TILE_LAYOUT[t.code];
          const text = t.classIndex === null ? TEXT_COLOR : TILE_TEXT[paletteIndex(t.classIndex, k)];
          return { value: [col, row, t.classIndex ?? -1], label: { color: text } };
        }),
      },
    ],
  };
  // A phone-wide chart has no room for the one-line legend; every tile shows its value anyway.
  return { baseOption, media: [{ query: { maxWidth: NARROW }, option: { visualMap: { show: false }, grid: { bottom: 8 } } }] };
}
