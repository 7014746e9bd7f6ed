// Colours and sizes shared by every chart. The palette keeps 4.5:1 contrast against white for
// labels (WCAG AA) and stays distinguishable for the common colour-vision deficiencies.
export const PALETTE = ["#1f5fa8", "#c2410c", "#0f766e", "#7c3aed", "#b45309", "#be185d", "#4d7c0f", "#475569"];

export const TEXT_COLOR = "#1f2937";
export const AXIS_COLOR = "#6b7280";

// Single quotes: ECharts' SVG renderer writes this into a double-quoted style attribute unescaped,
// and double quotes there made the SVG files (app/charts) malformed XML.
export const FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const CHART_SIZE = { width: 720, height: 360 } as const;
