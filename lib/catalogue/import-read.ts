// Reads an uploaded catalogue file into a plain table of text cells with the line numbers
// staff see: the editor's line for CSV (a quoted line break counts), the Excel row for XLSX.
// Encodings: a BOM decides (UTF-8, UTF-16); otherwise strict UTF-8 first, then GB18030, the
// superset of the GBK that Excel and WPS write on Chinese Windows.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { AppError } from "@/lib/errors";

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

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
    if ("text" in v) return String(v.text);
    if ("error" in v) return "";
  }
  return String(v);
}

export async function readXlsx(bytes: Uint8Array): Promise<Omit<Table, "format" | "encoding">> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError("INVALID_INPUT", "无法读取该 XLSX 文件，请用 Excel 或 WPS 另存为 .xlsx 后重试。", "The XLSX file cannot be read; save it again as .xlsx and retry.");
  }
  const ws = wb.worksheets[0];
  if (!ws) return { header: [], rows: [] };
  const rows: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(unguard(cellText(row.getCell(c).value)));
    if (cells.some((c) => c.trim() !== "")) rows.push({ line, cells });
  });
  const [head, ...body] = rows;
  return { header: head ? head.cells.map((h) => h.trim()) : [], rows: body };
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export async function readCatalogueFile(bytes: Uint8Array, fileName: string): Promise<Table> {
  if (bytes.byteLength === 0) throw new AppError("INVALID_INPUT", "文件为空。", "The file is empty.");
  if (bytes.byteLength > MAX_CATALOGUE_BYTES) throw new AppError("INVALID_INPUT", "文件超过 5 MB，目录文件不应这么大。", "The file exceeds 5 MB.");
  if (isZip(bytes) || /\.xlsx$/i.test(fileName)) return { format: "xlsx", encoding: null, ...(await readXlsx(bytes)) };
  if (/\.xls$/i.test(fileName)) throw new AppError("INVALID_INPUT", "不支持旧版 .xls 文件，请另存为 .xlsx 或 CSV。", "Old .xls files are not supported; save as .xlsx or CSV.");
  const { text, encoding } = decodeText(bytes);
  return { format: "csv", encoding, ...readCsv(text) };
}
