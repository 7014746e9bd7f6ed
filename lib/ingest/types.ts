// Public types of the upload core: what the caller passes in (catalogue, limits, sink) and
// what comes back (staged rows in batches, a JSON-able report). Pure data, no I/O.
import type { IngestLimits } from "./limits";

export type Frequency = "MONTH" | "QUARTER" | "YEAR";
export type MeasureType = "CUMULATIVE" | "PERIOD" | "STOCK" | "RATE" | "GROWTH";
export type Flag = "PRELIMINARY" | "ESTIMATED" | "CONFIDENTIAL" | "MISSING";
export type Locale = "zh" | "en";

export type IngestIndicator = {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  frequency: Frequency;
  measureType: MeasureType;
  decimals: number;
  /** Exact decimal strings; null = unbounded. */
  minValue: string | null;
  maxValue: string | null;
  retired: boolean;
  /** GROWTH indicators: id of the level they are the growth of (wide "同比增长" sub-columns, growth check). */
  growthOfId?: number | null;
  /** Parts (DE004–DE007): id of their total (DE001), for the parts-vs-total check. */
  partOfId?: number | null;
  /** Quarter-on-quarter change (%) above which the jump check warns; null = default. */
  jumpThreshold?: string | null;
};

/** nameEn: for English pages only; matching of uploaded names stays on the Chinese name and code. */
export type IngestRegion = { code: string; nameZh: string; nameEn?: string };

export type IngestContext = {
  indicators: IngestIndicator[];
  /** The city (code ending in 00, e.g. 210100) and its county-level units, in display order. */
  regions: IngestRegion[];
  locale: Locale;
  limits?: Partial<IngestLimits>;
};

export type StagedRow = {
  indicatorId: number;
  regionCode: string;
  /** Canonical period code: 2025Q3, 2025M09, 2025. */
  period: string;
  /** Last day of the period, YYYY-MM-DD. */
  periodEnd: string;
  /** Exact decimal string (no exponent), or null with a CONFIDENTIAL/MISSING flag. */
  value: string | null;
  flag: Flag | null;
  note: string | null;
  /** Never public, for the disclosure rules: reporting units, the largest and the second largest unit's contribution. */
  units?: number | null;
  top1?: string | null;
  top2?: string | null;
  /** File line (CSV, as an editor numbers it) or Excel row number. */
  line: number;
};

/** cell: where a workbook shows it, 数据!D7 (数据!7:7 for a whole row); absent for CSV. */
export type IngestError = { line: number; column: string | null; code: string; message: string; cell?: string };

export type WorkbookFormat = "xlsx" | "xls" | "ods";
export type IngestWarning = { line?: number; code: string; message: string };
export type SkippedLine = { line: number; reason: string };

export type IngestReport = {
  /** True when there is no error: only then may the staged rows be kept. */
  ok: boolean;
  format: "csv" | WorkbookFormat;
  /** sha256 hex of the raw bytes; null when reading stopped early (size limit). */
  checksum: string | null;
  bytes: number;
  /** utf-8 | utf-8-bom | gb18030 | utf-16le | utf-16be; null for XLSX or unreadable files. */
  encoding: string | null;
  delimiter: string | null;
  layout: "long" | "wide" | null;
  /** Workbooks: the sheet read. */
  sheet: string | null;
  /** Values accepted (one per staged row). */
  rows: number;
  /** All errors found, including those beyond the kept list. */
  errorCount: number;
  errors: IngestError[];
  warnings: IngestWarning[];
  skipped: SkippedLine[];
};

/** One value kept for the quality checks (which run after the streaming pass). */
export type QualityRow = { indicatorId: number; regionCode: string; period: string; value: string; line: number };
export type QualitySummary = { rows: QualityRow[]; truncated: boolean };

export type IngestOutcome = { report: IngestReport; quality: QualitySummary };

/** Receives validated rows in file order, at most `batchSize` at a time; awaited (back-pressure). */
export type RowSink = (rows: StagedRow[]) => void | Promise<void>;

/** Raw file bytes: a Node Readable, a web ReadableStream or any async iterable of chunks. */
export type ByteSource = AsyncIterable<Uint8Array>;

export type IngestOptions = {
  /** Rows per sink call (default 5000). */
  batchSize?: number;
  /** Called after each chunk, for a progress bar. */
  onProgress?: (p: { bytes: number; rows: number }) => void;
  signal?: AbortSignal;
};
