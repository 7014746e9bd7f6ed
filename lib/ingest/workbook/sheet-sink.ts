// What every workbook reader (.xlsx, .xls, .ods) hands on: the sheet it chose, then its rows
// as records (line = the row number the spreadsheet shows, fields = cell texts from column A),
// the same records the CSV tokenizer makes, so one TableReader applies every rule.
import type { RawRecord } from "../csv-tokenizer";
import type { IngestLimits } from "../limits";

export type SheetSink = {
  /** The sheet whose rows follow. */
  start(name: string): void;
  rows(records: RawRecord[]): Promise<void>;
};

/** The sheet read (null: none was, e.g. the one asked for is not there) and every sheet's name. */
export type SheetChoice = { chosen: string | null; names: string[] };

export type WorkbookRead = (buf: Buffer, wanted: string | undefined, limits: IngestLimits, sink: SheetSink) => Promise<SheetChoice>;

/** Excel's sheet size: rows and columns beyond it are a damaged or hostile file. */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLUMNS = 16_384;

/** Column letters as the spreadsheet shows them: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based column of "AB12" (its letters); -1 if there are none or it is beyond XFD. */
export function columnIndex(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    n = n * 26 + (c - 0x60);
    if (n > MAX_SHEET_COLUMNS) return -1;
  }
  return i === 0 ? -1 : n - 1;
}

/** Sheet1!C7, '月 报'!C7, or 数据!7:7 for a whole row; quoted as Excel quotes names. */
export function cellRef(sheet: string, line: number, column: number | null): string {
  const name = /^[\p{L}\p{N}_.]+$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return column === null ? `${name}!${line}:${line}` : `${name}!${columnName(column)}${line}`;
}

/** Sets fields[col] = text, padding the gap with empty cells. */
export function setField(fields: string[], col: number, text: string): void {
  while (fields.length < col) fields.push("");
  fields[col] = text;
}
