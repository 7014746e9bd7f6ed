// Excel/WPS exports merge the indicator name (or the region) down over the rows it covers;
// only the first row keeps the text, the others arrive blank. A line with values whose
// indicator (or region) cells are all blank takes them from the line above, and the reviewer
// gets one warning listing every line so filled.
import type { Column, HeaderPlan } from "./header";
import type { ReportBuilder } from "./report";

type LabelColumn = Extract<Column, { role: "label" }>;

export class MergedCellFill {
  /** The previous line of the current data block (null after a blank line, heading or note). */
  private above: string[] | null = null;
  private readonly lines: number[] = [];
  private readonly columns = new Set<string>();

  /** A blank line, a section heading or a note ends the block a merged cell can span. */
  endBlock(): void {
    this.above = null;
  }

  /** Fills `f` in place from the line above where its indicator or region cells are blank. */
  fill(line: number, f: string[], plan: HeaderPlan): void {
    const above = this.above;
    this.above = f;
    if (!above || !hasValues(plan, f)) return;
    const l = plan.labels;
    let filled = false;
    for (const group of [[l.indicatorCode, l.indicatorName], [l.regionCode, l.regionName]]) {
      const cols = group.filter((c): c is LabelColumn => c !== undefined && c.index < f.length);
      if (cols.length === 0 || cols.some((c) => f[c.index]) || !cols.some((c) => above[c.index])) continue;
      for (const c of cols) {
        f[c.index] = above[c.index] ?? "";
        this.columns.add(c.label);
      }
      filled = true;
    }
    if (filled) this.lines.push(line);
  }

  /** One warning for every line filled from a merged cell: the reviewer checks them once. */
  report(rb: ReportBuilder): void {
    if (!this.lines.length) return;
    const sep = rb.locale === "en" ? ", " : "、";
    rb.warn("FILLED_DOWN", { lines: lineRanges(this.lines, sep), count: this.lines.length, columns: [...this.columns].join(sep) }, this.lines[0]);
  }
}

/** The line holds a value (or a flag) to load, so it is not a stray blank-keyed line. */
function hasValues(plan: HeaderPlan, f: string[]): boolean {
  const l = plan.labels;
  if (plan.layout === "long") return [l.value, l.growth, l.flag].some((c) => c && f[c.index]);
  return (plan.periods.length ? plan.periods : plan.indicators).some((c) => f[c.index]);
}

/** "3–5、8" for lines 3, 4, 5, 8; at most 20 runs, then "…" (the count is given beside it). */
function lineRanges(lines: number[], sep: string): string {
  const runs: string[] = [];
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    runs.push(j > i ? `${lines[i]}–${lines[j]}` : `${lines[i]}`);
    i = j + 1;
  }
  return runs.length > 20 ? `${runs.slice(0, 20).join(sep)}${sep}…` : runs.join(sep);
}
