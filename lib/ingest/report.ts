// Collects errors, warnings and skipped lines while the file streams, with caps so that a
// bad million-row file cannot grow the report without bound.
import type { IngestLimits } from "./limits";
import { message, type MessageCode, type MsgParams } from "./messages";
import type { IngestError, IngestReport, IngestWarning, Locale, SkippedLine } from "./types";

/** Thrown to stop reading (size, row or column limits); caught by the entry points. */
export class IngestAbort extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: MsgParams = {},
    readonly line = 0,
  ) {
    super(code);
  }
}

export class ReportBuilder {
  readonly errors: IngestError[] = [];
  errorCount = 0;
  private readonly warnings: IngestWarning[] = [];
  private readonly skipped: SkippedLine[] = [];
  private readonly once = new Set<string>();
  /** Set by the workbook reader: the cell an error on (line, column) points at. */
  cellRef: ((line: number, column: string | null) => string) | null = null;

  constructor(
    readonly locale: Locale,
    private readonly limits: IngestLimits,
  ) {}

  /** line 0 = the whole file. */
  error(line: number, column: string | null, code: MessageCode, params: MsgParams = {}): void {
    this.errorCount++;
    if (this.errors.length < this.limits.maxErrors) {
      const e: IngestError = { line, column, code, message: message(this.locale, code, params) };
      if (line > 0 && this.cellRef) e.cell = this.cellRef(line, column);
      this.errors.push(e);
    }
  }

  warn(code: MessageCode, params: MsgParams = {}, line?: number): void {
    if (this.warnings.length >= this.limits.maxWarnings) return;
    const w: IngestWarning = { code, message: message(this.locale, code, params) };
    if (line !== undefined) w.line = line;
    this.warnings.push(w);
  }

  /** A warning that should appear once per key (e.g. per column), not once per row. */
  warnOnce(key: string, code: MessageCode, params: MsgParams = {}, line?: number): void {
    if (this.once.has(key)) return;
    this.once.add(key);
    this.warn(code, params, line);
  }

  skip(line: number, reason: MessageCode): void {
    if (this.skipped.length < this.limits.maxSkipped) this.skipped.push({ line, reason: message(this.locale, reason) });
  }

  get ok(): boolean {
    return this.errorCount === 0;
  }

  finish(base: Omit<IngestReport, "ok" | "errorCount" | "errors" | "warnings" | "skipped">): IngestReport {
    if (this.errorCount > this.errors.length) {
      this.warn("ERRORS_TRUNCATED", { count: this.errorCount, kept: this.errors.length });
    }
    // Stable sort by line: file-level errors (line 0) first, then in file order. On one line an
    // encoding warning comes first: it explains the unknown names that follow it.
    const first = (e: IngestError) => (e.code === "ENCODING_SUSPECT" ? 0 : 1);
    const errors = this.errors
      .map((e, i) => [e, i] as const)
      .sort((a, b) => a[0].line - b[0].line || first(a[0]) - first(b[0]) || a[1] - b[1]);
    return {
      ok: this.ok,
      ...base,
      errorCount: this.errorCount,
      errors: errors.map(([e]) => e),
      warnings: this.warnings,
      skipped: this.skipped,
    };
  }
}
