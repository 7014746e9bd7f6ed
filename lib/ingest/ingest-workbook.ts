// Entry point for workbook uploads (.xlsx, .xls, .ods, WPS .et): the first sheet, or the one
// named, streamed row by row through the same table rules as CSV. Line numbers are the row
// numbers the spreadsheet shows, and errors name the cell (数据!D7). The raw bytes are buffered
// (bounded by the size limit, hashed on the way) because a zip or an OLE2 file is read from
// its directory at the end; what they expand to is not: every part is inflated as a stream
// under a cap, so a zip bomb stops with a message instead of taking the server's memory.
import { asBytes, ByteMeter } from "./byte-meter";
import type { RawRecord } from "./csv-tokenizer";
import { Catalogue } from "./catalogue";
import { resolveLimits } from "./limits";
import { IngestAbort, ReportBuilder } from "./report";
import { sniffBytes } from "./sniff";
import { TableReader } from "./table-reader";
import type { ByteSource, IngestContext, IngestOptions, IngestOutcome, RowSink, WorkbookFormat } from "./types";
import { readXls } from "./workbook/xls-book";
import { readOds } from "./workbook/ods-sheet";
import { cellRef, type WorkbookRead } from "./workbook/sheet-sink";
import { readXlsx } from "./workbook/xlsx-book";
import { invalid } from "./workbook/workbook-errors";
import { readZipDirectory } from "./workbook/zip-entries";

/**
 * `sheet` may be a promise: a multipart form can name the sheet after the file, and the
 * workbook is read from memory anyway, so the name is awaited once the bytes are in.
 * `fileName` only decides which format a damaged file is reported as; the bytes decide the reader.
 */
export type WorkbookOptions = IngestOptions & { sheet?: string | PromiseLike<string | undefined>; fileName?: string };

const READERS: Record<WorkbookFormat, WorkbookRead> = { xlsx: readXlsx, xls: readXls, ods: readOds };

export async function ingestWorkbook(source: ByteSource, ctx: IngestContext, sink: RowSink, opts: WorkbookOptions = {}): Promise<IngestOutcome> {
  const limits = resolveLimits(ctx.limits);
  const rb = new ReportBuilder(ctx.locale, limits);
  const cat = new Catalogue(ctx);
  const meter = new ByteMeter(limits.maxBytes);
  const table = new TableReader(cat, rb, limits, sink, opts.batchSize ?? 5000);
  let checksum: string | null = null;
  let sheet: string | null = null;
  let format: WorkbookFormat = nameFormat(opts.fileName) ?? "xlsx";
  try {
    const parts: Uint8Array[] = [];
    for await (const raw of source) {
      if (opts.signal?.aborted) throw opts.signal.reason ?? new Error("aborted");
      const chunk = asBytes(raw);
      meter.add(chunk);
      parts.push(chunk);
    }
    checksum = meter.digest();
    const bytes = Buffer.concat(parts);
    parts.length = 0;
    const found = formatOf(bytes, format);
    if (found === "empty") rb.error(0, null, "EMPTY_FILE");
    else if (found === null) rb.error(0, null, format === "ods" ? "INVALID_ODS" : format === "xls" ? "INVALID_XLS" : "INVALID_XLSX", { reason: "format" });
    else {
      format = found;
      const wanted = (await opts.sheet)?.trim() || undefined;
      const choice = await readBook(format, bytes, wanted, limits, {
        start(name) {
          sheet = name;
          rb.cellRef = (line, column) => cellRef(name, line, column === null ? null : table.columnIndex(column));
        },
        async rows(records) {
          await table.push(records);
          opts.onProgress?.({ bytes: meter.bytes, rows: table.rows });
        },
      });
      if (choice.chosen === null) {
        if (wanted) rb.error(0, null, "SHEET_NOT_FOUND", { found: wanted, expected: choice.names.join(", ") });
        else rb.error(0, null, "EMPTY_FILE");
      } else await table.end();
    }
  } catch (e) {
    if (!(e instanceof IngestAbort)) throw e;
    rb.error(e.line, null, e.code, e.params);
  }
  const report = rb.finish({
    format,
    checksum,
    bytes: meter.bytes,
    encoding: null,
    delimiter: null,
    layout: table.plan?.layout ?? null,
    sheet,
    rows: table.rows,
  });
  return { report, quality: { rows: table.quality, truncated: table.qualityTruncated } };
}

/**
 * The first sheet's records (row numbers as shown, cell texts), for the other imports of a
 * workbook (the indicator catalogue): the same readers and caps. Throws IngestAbort with the
 * code of what is wrong with the file.
 */
export async function readFirstSheet(bytes: Buffer, fileName?: string): Promise<RawRecord[]> {
  const claimed = nameFormat(fileName) ?? "xlsx";
  const found = formatOf(bytes, claimed);
  if (found === "empty") throw new IngestAbort("EMPTY_FILE");
  const format = found ?? claimed;
  if (found === null) throw invalid(format, "format");
  const out: RawRecord[] = [];
  await readBook(format, bytes, undefined, resolveLimits(), {
    start() {},
    async rows(records) {
      out.push(...records);
    },
  });
  return out;
}

/** A record or header shorter than its fields (a RangeError from the Buffer reads) is a damaged file. */
async function readBook(format: WorkbookFormat, ...args: Parameters<WorkbookRead>) {
  try {
    return await READERS[format](...args);
  } catch (e) {
    if (e instanceof RangeError && !(e instanceof IngestAbort)) throw invalid(format, format === "xls" ? "biff" : "zip");
    throw e;
  }
}

/** The workbook format a file name claims (.et is WPS's name for either kind of Excel workbook). */
export function nameFormat(fileName: string | undefined): WorkbookFormat | null {
  const ext = /\.([a-z]+)$/i.exec(fileName ?? "")?.[1]?.toLowerCase();
  if (ext === "xlsx" || ext === "xlsm") return "xlsx";
  if (ext === "xls" || ext === "et") return "xls";
  if (ext === "ods") return "ods";
  return null;
}

/** The format the bytes show: an OLE2 container is BIFF (.xls), a zip is told apart by its parts. */
function formatOf(bytes: Buffer, claimed: WorkbookFormat): WorkbookFormat | "empty" | null {
  const sniff = sniffBytes(bytes.subarray(0, 8192), bytes.length <= 8192);
  if (sniff.kind === "empty") return "empty";
  if (sniff.kind !== "binary") return null;
  if (sniff.what === "xls") return "xls";
  if (sniff.what === "ods") return "ods";
  if (sniff.what !== "xlsx" && sniff.what !== "zip") return null;
  // the directory decides (the sniff sees only the first entries); a damaged zip is reported
  // as the format its name claims
  let entries;
  try {
    entries = readZipDirectory(bytes, claimed === "ods" ? "ods" : "xlsx");
  } catch {
    return claimed === "xls" ? "xlsx" : claimed;
  }
  if (entries.has("mimetype") && entries.has("content.xml")) return "ods";
  if (entries.has("[content_types].xml")) return "xlsx";
  return null;
}
