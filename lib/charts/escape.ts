// ECharts tooltips and rich labels take HTML. Everything that comes from data (indicator
// names, notes, flags, region names) is escaped before it reaches one.
const MAP: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => MAP[c]);
}
