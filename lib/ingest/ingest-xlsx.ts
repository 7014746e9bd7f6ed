// Entry point for .xlsx uploads: the first sheet, or the one named, read row by row with the
// exceljs streaming reader through the same table rules as CSV. Line numbers are Excel row
// numbers. The raw bytes are buffered (bounded by the size limit, hashed on the way) because a
// zip cannot be read front to back reliably; rows are not: no workbook model is built.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { asBytes, ByteMeter } from "./byte-meter";
import { Catalogue } from "./catalogue";
import { resolveLimits } from "./limits";
import { IngestAbort, ReportBuilder } from "./report";
import { sniffBytes } from "./sniff";
import { TableReader } from "./table-reader";
import type { ByteSource, IngestContext, IngestOptions, IngestOutcome, RowSink } from "./types";
import { cellText } from "./xlsx-cells";

/**
 * `sheet` may be a promise: a multipart form can name the sheet after the file, and the
 * workbook is read from memory anyway, so the name is awaited once the bytes are in.
 */
export type XlsxOptions = IngestOptions & { sheet?: string | PromiseLike<string | undefined> };

type RowLike = { number: number; cellCount: number; getCell(i: number): { value: unknown; numFmt?: unknown } };

export async function ingestXlsx(source: ByteSource, ctx: IngestContext, sink: RowSink, opts: XlsxOptions = {}): Promise<IngestOutcome> {
  const limits = resolveLimits(ctx.limits);
  const rb = new ReportBuilder(ctx.locale, limits);
  const cat = new Catalogue(ctx);
  const meter = new ByteMeter(limits.maxBytes);
  const table = new TableReader(cat, rb, limits, sink, opts.batchSize ?? 5000);
  let checksum: string | null = null;
  let sheet: string | null = null;
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
    const sniff = sniffBytes(bytes, true);
    if (sniff.kind === "empty") rb.error(0, null, "EMPTY_FILE");
    else if (sniff.kind === "binary" && sniff.what === "xls") rb.error(0, null, "NOT_TEXT", { kind: "xls" });
    else if (sniff.kind !== "binary" || (sniff.what !== "xlsx" && sniff.what !== "zip")) rb.error(0, null, "INVALID_XLSX");
    else sheet = await readSheet(bytes, await opts.sheet, table, rb, (rows) => opts.onProgress?.({ bytes: meter.bytes, rows }));
  } catch (e) {
    if (!(e instanceof IngestAbort)) throw e;
    rb.error(e.line, null, e.code, e.params);
  }
  const report = rb.finish({
    format: "xlsx",
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

async function readSheet(bytes: Buffer, wanted: string | undefined, table: TableReader, rb: ReportBuilder, progress: (rows: number) => void): Promise<string | null> {
  const names: string[] = [];
  let chosen: string | null = null;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "ignore",
    });
    for await (const ws of reader) {
      const name = (ws as unknown as { name?: string }).name ?? `Sheet${names.length + 1}`;
      names.push(name);
      if (chosen !== null || (wanted ? name !== wanted : names.length > 1)) continue;
      chosen = name;
      for await (const row of ws as AsyncIterable<RowLike>) {
        const fields: string[] = [];
        for (let i = 1; i <= row.cellCount; i++) {
          const c = row.getCell(i);
          fields.push(cellText(c.value, c.numFmt));
        }
        await table.push([{ line: row.number, fields }]);
        if (row.number % 1000 === 0) progress(table.rows);
      }
    }
  } catch (e) {
    if (e instanceof IngestAbort) throw e;
    rb.error(0, null, "INVALID_XLSX");
    return chosen;
  }
  if (chosen === null) {
    if (wanted) rb.error(0, null, "SHEET_NOT_FOUND", { found: wanted, expected: names.join(", ") });
    else rb.error(0, null, "EMPTY_FILE");
    return null;
  }
  await table.end();
  return chosen;
}
