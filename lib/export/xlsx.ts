// XLSX for spreadsheet users. Numbers are written as numbers (so that they sum and chart in
// Excel) holding the full value, shown with the column's decimals through a number format:
// rounding is display only, as everywhere else. Text cells are neutralised against formula
// injection exactly as in csv.ts, in case the sheet is later re-saved as CSV. A second
// sheet carries the metadata: source, rounding rule, demo-data mark.
import ExcelJS from "exceljs";
import { neutraliseFormula } from "./csv";

export type XlsxColumn<T> = {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
  /** The value is an exact decimal string written as a number; `decimals` sets its display. */
  numeric?: boolean;
  decimals?: (row: T) => number;
  width?: number;
};

export type XlsxSheet<T> = { name: string; columns: XlsxColumn<T>[]; rows: readonly T[] };
export type XlsxMetadata = { name: string; header: [string, string]; rows: [string, string][] };

/** "0", "0.0", "0.00"… : half-up display rounding as Excel does it. */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/**
 * An exact decimal string as the nearest binary double, which is what Excel stores when the
 * same figure is typed in. Excel keeps 15 significant digits; CSV and JSON keep them all.
 */
export function excelNumber(value: string): number {
  if (!/^-?\d+(\.\d+)?$/.test(value)) throw new Error(`not an exact decimal: "${value}"`);
  return Number(value);
}

function textCell(v: string | number | boolean | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  return neutraliseFormula(String(v));
}

function addDataSheet<T>(wb: ExcelJS.Workbook, sheet: XlsxSheet<T>): void {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({ width: c.width ?? Math.max(10, c.header.length + 4) }));
  const header = ws.addRow(sheet.columns.map((c) => textCell(c.header)));
  header.font = { bold: true };
  for (const row of sheet.rows) {
    const values = sheet.columns.map((c) => {
      const v = c.value(row);
      if (!c.numeric) return textCell(v);
      return v === null || v === undefined || v === "" ? null : excelNumber(String(v));
    });
    const added = ws.addRow(values);
    sheet.columns.forEach((c, i) => {
      if (c.numeric && c.decimals) added.getCell(i + 1).numFmt = numberFormat(c.decimals(row));
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
}

function addMetadataSheet(wb: ExcelJS.Workbook, meta: XlsxMetadata): void {
  const ws = wb.addWorksheet(meta.name);
  ws.columns = [{ width: 24 }, { width: 100 }];
  ws.addRow(meta.header.map(textCell)).font = { bold: true };
  for (const [k, v] of meta.rows) ws.addRow([textCell(k), textCell(v)]).alignment = { wrapText: true, vertical: "top" };
}

export async function toXlsx<T>(sheet: XlsxSheet<T>, meta: XlsxMetadata, opts: { created?: Date; creator?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = opts.creator ?? "";
  // the document date says how current the data is (e.g. the last release), not when it was zipped
  wb.created = wb.modified = opts.created ?? new Date();
  addDataSheet(wb, sheet);
  addMetadataSheet(wb, meta);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function xlsxResponse(body: Buffer, filename: string, headers?: HeadersInit): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      ...headers,
    },
  });
}
