// Limits that keep one upload from exhausting memory or time. Defaults are sized so that a
// 1,000,000-row long CSV (the benchmark) passes while a runaway file stops early.

export type IngestLimits = {
  /** Raw bytes read before the upload is refused with TOO_LARGE (reading stops there). */
  maxBytes: number;
  /** Values (staged rows) accepted before TOO_MANY_ROWS stops the read. */
  maxRows: number;
  /** Fields on one line before TOO_MANY_COLUMNS stops the read. */
  maxColumns: number;
  /** Characters in one cell; longer cells are CELL_TOO_LONG errors. */
  maxCellChars: number;
  /** Errors kept in the report; the rest are only counted (errorCount). */
  maxErrors: number;
  /** Warnings and skipped lines kept in the report. */
  maxWarnings: number;
  maxSkipped: number;
  /** Values kept in memory for the quality checks; beyond it the checks are skipped. */
  maxQualityRows: number;
  /**
   * Workbooks: bytes one zip part (a sheet, the shared strings, content.xml) may inflate to,
   * counted as they come out (zip headers are not believed); WORKBOOK_TOO_LARGE beyond.
   */
  maxPartBytes: number;
  /** Workbooks: shared strings (count, total characters) kept in memory; SHARED_STRINGS_TOO_LARGE beyond. */
  maxSharedStrings: number;
  maxSharedStringChars: number;
  /** Workbooks: cells a sheet may expand to (OpenDocument repeats a cell or row N times); WORKBOOK_TOO_LARGE beyond. */
  maxCells: number;
};

export const DEFAULT_LIMITS: IngestLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 2_000_000,
  maxColumns: 1_000,
  maxCellChars: 10_000,
  maxErrors: 1_000,
  maxWarnings: 500,
  maxSkipped: 500,
  maxQualityRows: 200_000,
  maxPartBytes: 512 * 1024 * 1024,
  maxSharedStrings: 2_000_000,
  maxSharedStringChars: 16_000_000,
  maxCells: 20_000_000,
};

/** Decimal places kept; more are rounded with a warning (DB column is numeric(24,6)). */
export const MAX_FRACTION_DIGITS = 6;
/** Integer digits that fit numeric(24,6). */
export const MAX_INTEGER_DIGITS = 18;

export function resolveLimits(partial?: Partial<IngestLimits>): IngestLimits {
  const out = { ...DEFAULT_LIMITS };
  for (const [k, v] of Object.entries(partial ?? {})) {
    if (typeof v === "number" && Number.isFinite(v) && v > 0) out[k as keyof IngestLimits] = v;
  }
  return out;
}
