// The staff-upload core (issue 4): decode → parse → map layout → validate → report, streaming.
// No database and no Next here: the caller streams the rows handed to `sink` into staging
// (COPY) inside a transaction and keeps them only if `report.ok`.
import { ingestCsv } from "./ingest-csv";
import { ingestXlsx, type XlsxOptions } from "./ingest-xlsx";
import type { ByteSource, IngestContext, IngestOutcome, RowSink } from "./types";

export { ingestCsv } from "./ingest-csv";
export { ingestXlsx, type XlsxOptions } from "./ingest-xlsx";
export { runQualityChecks, type QualityInput, type QualityOptions } from "./quality";
export { qualityIndicatorsNeeded, qualityKeysNeeded, type ObservationKey, type PublishedValue } from "./quality-values";
export { csvTemplate, type TemplateOptions } from "./templates";
export { errorReportCsv } from "./error-report";
export { DEFAULT_LIMITS, type IngestLimits } from "./limits";
export type { MessageCode } from "./messages";
export type * from "./types";

/** Picks the reader by file name: .xlsx/.xlsm → XLSX, anything else → CSV (which refuses binaries). */
export function ingestUpload(
  source: ByteSource,
  ctx: IngestContext,
  sink: RowSink,
  opts: XlsxOptions & { fileName: string },
): Promise<IngestOutcome> {
  return /\.(xlsx|xlsm)$/i.test(opts.fileName) ? ingestXlsx(source, ctx, sink, opts) : ingestCsv(source, ctx, sink, opts);
}
