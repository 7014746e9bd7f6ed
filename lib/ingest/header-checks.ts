// Checks made once, when the header is known: required columns, preamble defaults, columns
// that cannot be read (invalid period headers, unknown names, retired or mis-united
// indicator columns). Returns what the data lines need, or null when the table cannot be read.
import type { Catalogue } from "./catalogue";
import { missingColumns, type HeaderPlan, type Preamble } from "./header";
import type { ReportBuilder } from "./report";
import type { RegionRef } from "./row-keys";
import { unitKey } from "./text-normalize";
import type { IngestIndicator } from "./types";

export type TableSetup = {
  defaultIndicator: IngestIndicator | null;
  defaultRegion: RegionRef | null;
  /** Indices of value columns not to read (reported once at the header). */
  skipColumns: Set<number>;
};

export function setupTable(plan: HeaderPlan, pre: Preamble & { line?: number }, cat: Catalogue, rb: ReportBuilder): TableSetup | null {
  const missing = missingColumns(plan, pre, rb.locale);
  if (missing.length) {
    const found = plan.columns.map((c) => c.label).filter(Boolean).join(", ");
    rb.error(plan.line, null, "MISSING_COLUMN", { missing: missing.join(rb.locale === "en" ? ", " : "、"), found });
    return null;
  }
  const l = plan.labels;
  let defaultIndicator: IngestIndicator | null = null;
  if (pre.indicator && !l.indicatorCode && !l.indicatorName) {
    const hit = cat.indicator(pre.indicator, pre.line ?? plan.line);
    if (!hit.ok) {
      rb.error(pre.line ?? plan.line, null, "UNKNOWN_INDICATOR", { found: pre.indicator });
      return null;
    }
    defaultIndicator = hit.indicator;
  }
  let defaultRegion: RegionRef | null = null;
  if (!l.regionCode && !l.regionName) {
    if (pre.region) {
      const hit = cat.region(pre.region, pre.line ?? plan.line);
      if (!hit.ok) {
        rb.error(pre.line ?? plan.line, null, "UNKNOWN_REGION", { found: pre.region, zone: hit.zone ? 1 : 0 });
        return null;
      }
      defaultRegion = { region: hit.region, index: hit.index };
    } else if (plan.layout === "wide") {
      // NBS-style exports have no region column: they are the city's own figures.
      const hit = cat.peekRegion(cat.city.code);
      if (hit.ok) defaultRegion = { region: hit.region, index: hit.index };
      rb.warn("REGION_DEFAULTED", { name: cat.city.nameZh, code: cat.city.code }, plan.line);
    }
  }
  const skipColumns = new Set<number>();
  for (const c of plan.columns) {
    if (c.role === "period" && c.period.kind === "invalid") {
      rb.error(plan.line, c.label, "INVALID_PERIOD", { found: c.label });
      skipColumns.add(c.index);
    } else if (c.role === "indicator" && plan.indicators.includes(c)) {
      if (c.indicator.retired) {
        rb.error(plan.line, c.label, "RETIRED_INDICATOR", { code: c.indicator.code, name: c.indicator.nameZh });
        skipColumns.add(c.index);
      } else if (c.unit && unitKey(c.unit) !== unitKey(c.indicator.unit)) {
        rb.error(plan.line, c.label, "UNIT_MISMATCH", { found: c.unit, code: c.indicator.code, expected: c.indicator.unit });
        skipColumns.add(c.index);
      }
    } else if ((c.role === "ignored" && !c.blank) || (c.role !== "label" && c.role !== "ignored" && !isValueColumn(plan, c.index))) {
      rb.warnOnce(`col:${c.index}`, "UNKNOWN_COLUMN", { found: c.label }, plan.line);
    }
  }
  return { defaultIndicator, defaultRegion, skipColumns };
}

function isValueColumn(plan: HeaderPlan, index: number): boolean {
  return plan.periods.some((c) => c.index === index) || plan.indicators.some((c) => c.index === index);
}
