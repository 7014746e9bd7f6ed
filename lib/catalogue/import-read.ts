// Reads an uploaded catalogue file into a plain table of text cells with the line numbers
// staff see: the editor's line for CSV (a quoted line break counts), the row the spreadsheet
// shows for a workbook.
// Encodings: a BOM decides (UTF-8, UTF-16); otherwise strict UTF-8 first, then GB18030, the
// superset of the GBK that Excel and WPS write on Chinese Windows.
import iconv from "iconv-lite";
import Papa from "papaparse";
import { AppError } from "@/lib/errors";
import { readFirstSheet } from "@/lib/ingest/ingest-workbook";
import { message } from "@/lib/ingest/messages";
import { IngestAbort } from "@/lib/ingest/report";

export type TableRow = { line: number; cells: string[] };
export type Table = { format: "csv" | "xlsx"; encoding: string | null; header: string[]; rows: TableRow[] };

export const MAX_CATALOGUE_BYTES = 5 * 1024 * 1024;

export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: b.subarray(3).toString("utf8"), encoding: "utf-8-bom" };
  if (b[0] === 0xff && b[1] === 0xfe) return { text: iconv.decode(b.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: iconv.decode(b.subarray(2), "utf-16be"), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(b), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(b, "gb18030"), encoding: "gb18030" };
  }
}

/** Undoes the export's formula guard ('=…, '-…): the quote was ours, not the user's. */
export function unguard(s: string): string {
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

export function readCsv(text: string): Omit<Table, "format" | "encoding"> {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: "" });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal) throw new AppError("INVALID_INPUT", `CSV 引号不成对（约第 ${(fatal.row ?? 0) + 1} 条记录）。`, `Unbalanced quotes in the CSV (near record ${(fatal.row ?? 0) + 1}).`);
  const rows: TableRow[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    const span = 1 + cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    if (cells.some((c) => c.trim() !== "")) rows.push({ line, cells: cells.map((c) => unguard(c)) });
    line += span;
  }
  const [head, ...body] = rows;
  return { header: head ? head.cells.map((h) => h.trim()) : [], rows: body };
}

/**
 * A workbook (.xlsx, .xls, .ods: what its bytes are) through the upload's streaming reader, so
 * a catalogue file cannot be a zip bomb either; its first sheet, blank rows left out.
 */
export async function readWorkbook(bytes: Uint8Array, fileName = ""): Promise<Omit<Table, "format" | "encoding">> {
  let records;
  try {
    records = await readFirstSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName);
  } catch (e) {
    if (!(e instanceof IngestAbort)) throw e;
    throw new AppError("INVALID_INPUT", message("zh", e.code, e.params), message("en", e.code, e.params));
  }
  const rows: TableRow[] = [];
  for (const r of records) {
    if (r.fields.some((c) => c.trim() !== "")) rows.push({ line: r.line, cells: r.fields.map((c) => unguard(c)) });
  }
  const [head, ...body] = rows;
  return { header: head ? head.cells.map((h) => h.trim()) : [], rows: body };
}

const isWorkbook = (b: Uint8Array) => (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) || (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0);

export async function readCatalogueFile(bytes: Uint8Array, fileName: string): Promise<Table> {
  if (bytes.byteLength === 0) throw new AppError("INVALID_INPUT", "文件为空。", "The file is empty.");
  if (bytes.byteLength > MAX_CATALOGUE_BYTES) throw new AppError("INVALID_INPUT", "文件超过 5 MB，目录文件不应这么大。", "The file exceeds 5 MB.");
  if (isWorkbook(bytes) || /\.(xlsx|xlsm|xls|et|ods)$/i.test(fileName)) return { format: "xlsx", encoding: null, ...(await readWorkbook(bytes, fileName)) };
  const { text, encoding } = decodeText(bytes);
  return { format: "csv", encoding, ...readCsv(text) };
}
