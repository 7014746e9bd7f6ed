// Turns records (CSV lines or Excel rows) into validated rows: finds the header below any
// title/preamble, reads data lines until the notes, and hands rows to the sink in batches.
// Rows go to the sink only while the file is error-free: once an error is found nothing more
// is sent (the caller rolls back what was sent; report.ok is the verdict).
import type { Catalogue } from "./catalogue";
import type { RawRecord } from "./csv-tokenizer";
import { mergeSubHeader, planHeader, type HeaderPlan, type Preamble } from "./header";
import { setupTable, type TableSetup } from "./header-checks";
import type { IngestLimits } from "./limits";
import { IngestAbort, type ReportBuilder } from "./report";
import { RowKeys } from "./row-keys";
import { RowValidator, valueInput, type RowCtx, type ValueInput } from "./row-validate";
import { cleanCell, unitKey } from "./text-normalize";
import { MergedCellFill } from "./fill-down";
import { isNote, isNoteContinuation, readPreamble } from "./table-edges";
import type { IngestIndicator, QualityRow, RowSink, StagedRow } from "./types";

const MAX_PREAMBLE = 20;

export class TableReader {
  plan: HeaderPlan | null = null;
  rows = 0;
  quality: QualityRow[] = [];
  qualityTruncated = false;
  /** Set by the CSV reader when the decoder produced U+FFFD: find the first such line. */
  lookForReplacement = false;
  replacementLine = 0;
  private state: "pre" | "header" | "data" | "notes" | "failed" = "pre";
  private readonly pre: Preamble & { line?: number } = {};
  private readonly preLines: { line: number; preamble: boolean }[] = [];
  /** The first non-blank record (the header candidate when none is found). */
  firstRecord: RawRecord | null = null;
  private dataLines = 0;
  private values = 0;
  private emptyCells = 0;
  private batch: StagedRow[] = [];
  private keys: RowKeys | null = null;
  private setup: TableSetup | null = null;
  private readonly validator: RowValidator;
  /** Long layout: highest index of a required column (a shorter line lacks columns). */
  private needed = -1;
  /** Columns without a header name (data there is ignored, with a warning). */
  private unnamed: number[] = [];
  /** Indicator and region cells merged down over several rows (Excel/WPS exports). */
  private readonly merged = new MergedCellFill();

  constructor(
    private readonly cat: Catalogue,
    private readonly rb: ReportBuilder,
    private readonly limits: IngestLimits,
    private readonly sink: RowSink,
    private readonly batchSize: number,
  ) {
    this.validator = new RowValidator(cat, rb);
  }

  /** 0-based column of a header label, for the cell an error names; null if not a column. */
  columnIndex(label: string): number | null {
    return this.plan?.columns.find((c) => c.label === label)?.index ?? null;
  }

  async push(records: RawRecord[]): Promise<void> {
    for (const r of records) {
      this.record(r);
      if (this.batch.length >= this.batchSize) await this.flush();
    }
  }

  async end(): Promise<void> {
    const rb = this.rb;
    if (this.state === "pre") {
      if (!this.firstRecord) rb.error(0, null, "EMPTY_FILE");
      else this.noHeader();
    } else if (this.state === "header" || (this.state !== "failed" && this.dataLines === 0)) {
      rb.error(this.plan!.line, null, "HEADER_ONLY");
    }
    if (this.emptyCells) rb.warn("EMPTY_CELLS_SKIPPED", { count: this.emptyCells });
    this.merged.report(this.rb);
    const v = this.validator;
    if (v.rounded) rb.warn("VALUE_ROUNDED", { count: v.rounded, digits: 6, line: v.firstRoundedLine }, v.firstRoundedLine);
    await this.flush();
  }

  private record(r: RawRecord): void {
    const f = r.fields;
    // Excel pads lines with empty cells up to the widest formatted cell (1,200 trailing commas,
    // a coloured cell at column 1500): only cells with content count against the limit.
    const width = lastFilledIndex(f) + 1;
    if (width > this.limits.maxColumns) {
      throw new IngestAbort("TOO_MANY_COLUMNS", { line: r.line, found: width, limit: this.limits.maxColumns }, r.line);
    }
    // Drop the padding, but keep a data line as wide as the header: a line with fewer
    // delimiters than the header lacks columns (COLUMN_COUNT), one with empty cells does not.
    f.length = Math.min(f.length, Math.max(width, this.plan?.width ?? 0));
    if (this.state === "failed") return;
    // Clean every cell once, in place; count the non-empty ones.
    let filled = 0;
    let tooLong = false;
    for (let i = 0; i < f.length; i++) {
      const c = cleanCell(f[i]);
      f[i] = c;
      if (c.length === 0) continue;
      filled++;
      if (c.length > this.limits.maxCellChars) {
        const col = this.plan?.columns[i]?.label || `#${i + 1}`;
        this.rb.error(r.line, col, "CELL_TOO_LONG", { found: c.length, limit: this.limits.maxCellChars });
        f[i] = "";
        tooLong = true;
      }
    }
    if (filled === 0) {
      this.merged.endBlock(); // a blank line ends the block a merged cell can span
      return;
    }
    if (this.lookForReplacement && f.some((c) => c.includes("\uFFFD"))) {
      this.replacementLine = r.line;
      this.lookForReplacement = false;
    }
    this.firstRecord ??= r;
    if (this.state === "pre") return this.preHeader(r);
    if (this.state === "header") {
      this.state = "data";
      if (mergeSubHeader(this.plan!, f)) return;
    }
    if (!this.setup && !this.startData()) return;
    if (tooLong) {
      this.dataLines++; // a data line, already reported
      return;
    }
    if (this.state === "notes" ? isNoteContinuation(f) : isNote(f)) {
      this.state = "notes";
      this.merged.endBlock();
      this.rb.skip(r.line, "SKIP_NOTE");
      return;
    }
    this.dataLine(r, filled);
  }

  /** Header (and sub-header) complete: run the header checks once. */
  private startData(): boolean {
    const plan = this.plan!;
    this.setup = setupTable(plan, this.pre, this.cat, this.rb);
    if (!this.setup) {
      this.state = "failed";
      return false;
    }
    this.keys = new RowKeys(this.cat, this.rb, plan, this.setup.defaultIndicator, this.setup.defaultRegion);
    const l = plan.labels;
    this.unnamed = plan.columns.filter((c) => c.role === "ignored" && c.blank).map((c) => c.index);
    this.needed = Math.max(...[l.indicatorCode, l.indicatorName, l.regionCode, l.regionName, l.period, l.value].map((c) => c?.index ?? -1));
    return true;
  }

  private preHeader(r: RawRecord): void {
    if (readPreamble(r.fields, this.pre)) {
      this.pre.line ??= r.line;
      this.preLines.push({ line: r.line, preamble: true });
    } else {
      const plan = planHeader(r.fields, r.line, this.cat);
      if (plan) {
        this.plan = plan;
        this.state = "header";
        for (const p of this.preLines) this.rb.skip(p.line, p.preamble ? "SKIP_PREAMBLE" : "SKIP_TITLE");
        return;
      }
      this.preLines.push({ line: r.line, preamble: false });
    }
    if (this.preLines.length >= MAX_PREAMBLE) this.noHeader();
  }

  private noHeader(): void {
    const first = this.firstRecord!;
    const found = first.fields.filter(Boolean).join(", ").slice(0, 200);
    this.rb.error(first.line, null, "MISSING_COLUMN", { noHeader: 1, scanned: this.preLines.length, found });
    this.state = "failed";
  }

  private dataLine(r: RawRecord, filled: number): void {
    const plan = this.plan!;
    const f = r.fields;
    const keys = this.keys!;
    if (filled === 1 && f[0].length > 0 && keys.unresolvable(f)) {
      this.merged.endBlock(); // a section heading starts a new block
      this.rb.skip(r.line, "SKIP_HEADING");
      return;
    }
    // A data line even when refused below: a file whose every line is too wide has data rows
    // (reported one by one), not "a header only".
    this.dataLines++;
    // Extra non-empty cells beyond the header: usually an unquoted "1,234.5".
    const last = lastFilledIndex(f);
    if (last + 1 > plan.width) {
      this.rb.error(r.line, null, "COLUMN_COUNT", { found: last + 1, expected: plan.width });
      return;
    }
    this.merged.fill(r.line, f, this.plan!);
    for (const i of this.unnamed) if (f[i]) this.rb.warnOnce(`unnamed:${i}`, "UNNAMED_COLUMN", { column: i + 1 }, r.line);
    const l = plan.labels;
    if (plan.layout === "long" && f.length <= this.needed) {
      this.rb.error(r.line, null, "COLUMN_COUNT", { found: f.length, expected: plan.width });
      return;
    }
    // With indicators as columns the line names only the region (and period).
    const byIndicator = plan.layout === "wide" && plan.periods.length === 0;
    const ind = byIndicator ? null : keys.indicator(f, r.line);
    const reg = keys.region(f, r.line);
    if ((!ind && !byIndicator) || !reg) return;
    const note = l.note ? f[l.note.index] || null : null;
    const flag = l.flag ? (f[l.flag.index] ?? "") : undefined;
    const flagColumn = l.flag?.label;
    const row: RowCtx = { line: r.line, reg, note, flag, flagColumn };
    // the disclosure columns (never public): one value per line, so the long layout only
    if (plan.layout === "long") {
      if (l.units) row.units = { text: f[l.units.index] ?? "", column: l.units.label };
      if (l.top1) row.top1 = { text: f[l.top1.index] ?? "", column: l.top1.label };
      if (l.top2) row.top2 = { text: f[l.top2.index] ?? "", column: l.top2.label };
    }
    if (plan.layout === "long" && ind) {
      // The period column, or a preamble line such as "时间：2025年1-9月".
      const period = l.period ? (f[l.period.index] ?? "") : (this.pre.period ?? "");
      const pc = l.period?.label ?? (this.rb.locale === "en" ? "period" : "时期");
      if (l.value) this.accept(valueInput(row, ind, period, pc, f[l.value.index] ?? "", l.value.label, true));
      const g = l.growth ? f[l.growth.index] : "";
      if (g) {
        const gi = this.cat.growthOf(ind.id);
        if (gi) this.accept(valueInput(row, gi, period, pc, g, l.growth!.label, false));
        else this.rb.warnOnce(`growth:${ind.id}`, "GROWTH_COLUMN_IGNORED", { code: ind.code }, r.line);
      }
      return;
    }
    for (const c of plan.periods.length ? plan.periods : plan.indicators) {
      if (this.setup!.skipColumns.has(c.index)) continue;
      const value = f[c.index] ?? "";
      if (!value) {
        this.emptyCells++;
        continue;
      }
      if (c.role === "indicator") {
        const period = (l.period ? f[l.period.index] : "") || this.pre.period || "";
        this.accept(valueInput(row, c.indicator, period, l.period?.label ?? c.label, value, c.label, true));
        continue;
      }
      if (!ind) continue;
      const target = c.sub === "growth" ? this.cat.growthOf(ind.id) : ind;
      if (!target) {
        this.rb.warnOnce(`growth:${ind.id}`, "GROWTH_COLUMN_IGNORED", { code: ind.code }, r.line);
        continue;
      }
      if (c.unit && unitKey(c.unit) !== unitKey(target.unit)) {
        // as a unit column is checked: "2025年一季度(万元)" over an indicator kept in 亿元
        this.rb.error(r.line, c.label, "UNIT_MISMATCH", { found: c.unit, code: target.code, expected: target.unit });
        continue;
      }
      this.accept(valueInput(row, target, c.period, c.label, value, c.label, c.sub !== "growth"));
    }
  }

  private accept(input: ValueInput): void {
    if (++this.values > this.limits.maxRows) throw new IngestAbort("TOO_MANY_ROWS", { limit: this.limits.maxRows }, input.line);
    const row = this.validator.check(input);
    if (!row) return;
    this.rows++;
    if (this.rb.ok) this.batch.push(row);
    if (row.value !== null) {
      if (this.quality.length < this.limits.maxQualityRows) {
        this.quality.push({ indicatorId: row.indicatorId, regionCode: row.regionCode, period: row.period, value: row.value, line: row.line });
      } else this.qualityTruncated = true;
    }
  }

  private async flush(): Promise<void> {
    if (!this.rb.ok) {
      this.batch = [];
      return;
    }
    if (this.batch.length === 0) return;
    const b = this.batch;
    this.batch = [];
    await this.sink(b);
  }
}

/** Index of the last cell with content other than spaces; -1 for an empty line. */
function lastFilledIndex(fields: string[]): number {
  let last = fields.length - 1;
  while (last >= 0 && cleanCell(fields[last]).length === 0) last--;
  return last;
}
