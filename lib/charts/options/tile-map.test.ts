import { describe, expect, it } from "vitest";
import { buildTileMapOption, MISSING_COLOR, paletteIndex, TILE_COLORS, TILE_LAYOUT, TILE_TEXT, type TileMapData } from "./tile-map";

const DISTRICTS = ["210102", "210103", "210104", "210105", "210106", "210111", "210112", "210113", "210114", "210115", "210123", "210124", "210181"];
const at = (code: string) => TILE_LAYOUT[code];

// WCAG 2.1 relative luminance and contrast ratio
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe("tile layout of the 13 county-level units", () => {
  it("places each of the 13 units once, on distinct cells", () => {
    expect(Object.keys(TILE_LAYOUT).sort()).toEqual(DISTRICTS);
    const cells = new Set(Object.values(TILE_LAYOUT).map((c) => `${c.col},${c.row}`));
    expect(cells.size).toBe(13);
  });

  it("keeps the rough geography: counties north and west, the five core districts in the middle", () => {
    expect(at("210123").row).toBe(0); // 康平 northernmost
    expect(at("210123").row).toBeLessThan(at("210124").row); // 康平 north of 法库
    expect(at("210113").row).toBeLessThan(at("210105").row); // 沈北 north of 皇姑
    for (const west of ["210181", "210115"]) expect(at(west).col).toBeLessThan(at("210106").col); // 新民, 辽中 west of 铁西
    for (const south of ["210111", "210112"]) expect(at(south).row).toBeGreaterThan(at("210102").row); // 苏家屯, 浑南 south of 和平
    const core = ["210102", "210103", "210104", "210105", "210106"].map(at);
    for (const c of core) expect(c.row === 2 || c.row === 3).toBe(true);
  });
});

describe("tile colours", () => {
  it("pairs every fill with a label colour of at least 4.5:1 contrast", () => {
    TILE_COLORS.forEach((fill, i) => expect(contrast(fill, TILE_TEXT[i])).toBeGreaterThanOrEqual(4.5));
    expect(contrast(MISSING_COLOR, "#1f2937")).toBeGreaterThanOrEqual(4.5);
  });

  it("spreads fewer classes over the palette, darkest for the top class", () => {
    expect([0, 1, 2].map((i) => paletteIndex(i, 3))).toEqual([0, 2, 4]);
    expect(paletteIndex(4, 5)).toBe(4);
  });
});

describe("buildTileMapOption", () => {
  const data: TileMapData = {
    title: "区县比较",
    unit: "亿元",
    classes: [{ label: "0–10" }, { label: "10–20" }],
    missingLabel: "无数据",
    tiles: [
      { code: "210102", label: "和平区", display: "12.30", classIndex: 1 },
      { code: "210123", label: "康平<县>", display: "—", classIndex: null },
      { code: "999999", label: "unknown", display: "1", classIndex: 0 },
    ],
  };
  const built = buildTileMapOption(data) as any;
  const option = built.baseOption;
  const series = option.series[0];

  it("puts each known unit on its cell with its class as the third dimension", () => {
    expect(series.type).toBe("heatmap");
    expect(series.data.map((d: any) => d.value)).toEqual([
      [2, 3, 1],
      [1, 0, -1],
    ]);
    expect(option.aria.enabled).toBe(true);
  });

  it("has a legend piece per class plus one for units without data", () => {
    expect(option.visualMap.pieces).toEqual([
      { value: 0, label: "0–10", color: TILE_COLORS[0] },
      { value: 1, label: "10–20", color: TILE_COLORS[4] },
      { value: -1, label: "无数据", color: MISSING_COLOR },
    ]);
    expect(series.data[0].label.color).toBe(TILE_TEXT[4]);
  });

  it("hides the legend on phone-wide charts, where tiles keep their values", () => {
    expect(built.media).toEqual([{ query: { maxWidth: 520 }, option: { visualMap: { show: false }, grid: { bottom: 8 } } }]);
    expect(series.label.show).toBe(true);
  });

  it("labels tiles with name and value and escapes names in the tooltip", () => {
    expect(series.label.formatter({ dataIndex: 0 })).toBe("和平区\n12.30");
    expect(option.tooltip.formatter({ dataIndex: 1 })).toBe("康平&lt;县&gt;<br/>— 亿元");
  });
});
