// Resolves the indicator and region of a data line (columns, preamble defaults, or the city
// for a wide table without a region column), reporting what is wrong in the user's terms.
import type { Catalogue } from "./catalogue";
import type { HeaderPlan } from "./header";
import type { ReportBuilder } from "./report";
import { cleanCell, unitKey } from "./text-normalize";
import type { IngestIndicator, IngestRegion } from "./types";

export type RegionRef = { region: IngestRegion; index: number };
type LabelCol = { index: number; label: string } | undefined;

export function cell(fields: string[], col: LabelCol): string {
  return col ? cleanCell(fields[col.index] ?? "") : "";
}

export class RowKeys {
  constructor(
    private readonly cat: Catalogue,
    private readonly rb: ReportBuilder,
    private readonly plan: HeaderPlan,
    private readonly defaultIndicator: IngestIndicator | null,
    private readonly defaultRegion: RegionRef | null,
  ) {}

  /** True when the line names no indicator or region we know: a candidate section heading. */
  unresolvable(fields: string[]): boolean {
    const l = this.plan.labels;
    for (const col of [l.indicatorCode, l.indicatorName]) {
      const t = cell(fields, col);
      if (t && this.cat.peekIndicator(t).ok) return false;
    }
    for (const col of [l.regionCode, l.regionName]) {
      const t = cell(fields, col);
      if (t && this.cat.peekRegion(t).ok) return false;
    }
    return true;
  }

  indicator(fields: string[], line: number): IngestIndicator | null {
    const l = this.plan.labels;
    const codeText = cell(fields, l.indicatorCode);
    const nameText = cell(fields, l.indicatorName);
    let ind: IngestIndicator | null = null;
    let unit: string | null = null;
    if (codeText || nameText) {
      const primary = codeText ? l.indicatorCode! : l.indicatorName!;
      const hit = this.cat.indicator(codeText || nameText, line);
      if (!hit.ok) {
        this.rb.error(line, primary.label, "UNKNOWN_INDICATOR", { found: codeText || nameText });
        return null;
      }
      ind = hit.indicator;
      unit = hit.unit;
      if (codeText && nameText) {
        const byName = this.cat.indicator(nameText, line);
        if (!byName.ok || byName.indicator.id !== ind.id) {
          this.rb.error(line, l.indicatorName!.label, "NAME_MISMATCH", { found: nameText, code: ind.code, expected: ind.nameZh });
          return null;
        }
        unit = byName.unit;
      }
    } else if (this.defaultIndicator) {
      ind = this.defaultIndicator;
    } else {
      const col = l.indicatorCode ?? l.indicatorName;
      this.rb.error(line, col?.label ?? null, "UNKNOWN_INDICATOR", { found: "" });
      return null;
    }
    if (ind.retired) {
      this.rb.error(line, (l.indicatorCode ?? l.indicatorName)?.label ?? null, "RETIRED_INDICATOR", { code: ind.code, name: ind.nameZh });
      return null;
    }
    // Units given in the name "(亿元)", a 单位 column or the value header "数值(万元)" must agree.
    const unitCol = cell(fields, l.unit);
    const given: [string | null, string | null][] = [
      [unit, (l.indicatorName ?? l.indicatorCode)?.label ?? null],
      [unitCol || null, l.unit?.label ?? null],
      [l.value?.unit ?? null, l.value?.label ?? null],
    ];
    for (const [u, col] of given) {
      if (u && unitKey(u) !== unitKey(ind.unit)) {
        this.rb.error(line, col, "UNIT_MISMATCH", { found: u, code: ind.code, expected: ind.unit });
        return null;
      }
    }
    return ind;
  }

  region(fields: string[], line: number): RegionRef | null {
    const l = this.plan.labels;
    const codeText = cell(fields, l.regionCode);
    const nameText = cell(fields, l.regionName);
    if (!codeText && !nameText) {
      if (this.defaultRegion) return this.defaultRegion;
      this.rb.error(line, (l.regionCode ?? l.regionName)?.label ?? null, "UNKNOWN_REGION", { found: "" });
      return null;
    }
    const primary = codeText ? l.regionCode! : l.regionName!;
    const hit = this.cat.region(codeText || nameText, line);
    if (!hit.ok) {
      this.rb.error(line, primary.label, "UNKNOWN_REGION", { found: codeText || nameText, zone: hit.zone ? 1 : 0 });
      return null;
    }
    if (codeText && nameText) {
      const byName = this.cat.region(nameText, line);
      if (!byName.ok || byName.region.code !== hit.region.code) {
        this.rb.error(line, l.regionName!.label, "NAME_MISMATCH", { found: nameText, code: hit.region.code, expected: hit.region.nameZh });
        return null;
      }
    }
    if (hit.renamed) {
      const found = codeText || nameText;
      this.rb.warnOnce(`renamed:${found}`, "REGION_RENAMED", { found, name: hit.region.nameZh, code: hit.region.code }, line);
    }
    return { region: hit.region, index: hit.index };
  }
}
