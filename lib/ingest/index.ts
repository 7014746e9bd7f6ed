// The staff-upload core (issue 4): decode → parse → map layout → validate → report, streaming.
// No database and no Next here: the caller streams the rows handed to `sink` into staging
// (COPY) inside a transaction and keeps them only if `report.ok`.
import { asBytes } from "./byte-meter";
import { ingestCsv } from "./ingest-csv";
import { ingestWorkbook, nameFormat, type WorkbookOptions } from "./ingest-workbook";
import { sniffBytes } from "./sniff";
import type { ByteSource, IngestContext, IngestOutcome, RowSink } from "./types";

export { ingestCsv } from "./ingest-csv";
export { ingestWorkbook, type WorkbookOptions } from "./ingest-workbook";
export { runQualityChecks, type QualityInput, type QualityOptions } from "./quality";
export { qualityKeysNeeded, type ObservationKey, type PublishedValue } from "./quality-values";
export { gatherPublished, type QualityReach, type PublishedFilter, type PublishedReader } from "./quality-history";
export { csvTemplate, type TemplateOptions } from "./templates";
export { errorReportCsv } from "./error-report";
export { DEFAULT_LIMITS, type IngestLimits } from "./limits";
export type { MessageCode } from "./messages";
export type * from "./types";

/**
 * Picks the reader by what the bytes are, not the name: an OLE2 file (.xls, WPS .et) or a zip
 * workbook (.xlsx, .ods) goes to the workbook reader whatever it is called, text to the CSV
 * reader. A zip that shows no workbook part in its first entries is a workbook only if named so
 * (the workbook reader then looks at its directory); otherwise the CSV reader refuses it.
 */
export async function ingestUpload(
  source: ByteSource,
  ctx: IngestContext,
  sink: RowSink,
  opts: WorkbookOptions & { fileName: string },
): Promise<IngestOutcome> {
  const { head, rest } = await peek(source, 4096);
  const s = sniffBytes(head, false);
  const what = s.kind === "binary" ? s.what : null;
  const workbook = what === "xls" || what === "xlsx" || what === "ods" || (what === "zip" && nameFormat(opts.fileName) !== null);
  return workbook ? ingestWorkbook(rest, ctx, sink, opts) : ingestCsv(rest, ctx, sink, opts);
}

/** The first `n` bytes (or fewer, at the end), and a source that yields everything again. */
async function peek(source: ByteSource, n: number): Promise<{ head: Uint8Array; rest: ByteSource }> {
  const it = source[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let len = 0;
  let done = false;
  while (len < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const chunk = asBytes(r.value);
    seen.push(chunk);
    len += chunk.length;
  }
  const head = Buffer.concat(seen).subarray(0, n);
  async function* rest(): AsyncGenerator<Uint8Array> {
    let finished = done;
    try {
      yield* seen;
      if (done) return;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
      finished = true;
    } finally {
      // a reader that stops early (size limit, not text) ends the upload stream, as before
      if (!finished) await it.return?.();
    }
  }
  return { head, rest: rest() };
}
