import "server-only";
// Catalogue export in the import's columns (columns.ts), so that export → edit in Excel/WPS →
// import round trips. CSV through lib/export/csv.ts (UTF-8 with BOM, formulas neutralised;
// import undoes the guard). XLSX: one sheet, every cell text, so that codes like "01" and
// "DE001" keep their form when the sheet is saved again.
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { neutraliseFormula, toCsv } from "@/lib/export/csv";
import { beijingDate } from "@/lib/schedule/clock";
import { ALL_COLUMNS, toColumns, type Column } from "./columns";
import { loadCatalogue } from "./load-catalogue";

async function catalogueRows(): Promise<Record<Column, string>[]> {
  const stored = await loadCatalogue(db());
  const freq = new Map(stored.map((s) => [s.fields.code, s.fields.frequency]));
  return stored.map((s) => toColumns(s.fields, s.retiredAt ? beijingDate(s.retiredAt) : null, (c) => freq.get(c)));
}

export async function catalogueCsv(): Promise<string> {
  const rows = await catalogueRows();
  // bounds are numbers and may start with "-": not formulas
  const numeric = new Set<Column>(["min_value", "max_value", "decimals", "due_days"]);
  return toCsv(rows, ALL_COLUMNS.map((c) => ({ header: c, value: (r: Record<Column, string>) => r[c], numeric: numeric.has(c) })));
}

export async function catalogueXlsx(): Promise<Buffer> {
  const rows = await catalogueRows();
  const wb = new ExcelJS.Workbook();
  wb.creator = "沈阳市数字经济统计监测";
  const ws = wb.addWorksheet("indicators", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = ALL_COLUMNS.map((c) => ({ width: ["name_zh", "name_en", "notes", "definition", "article"].includes(c) ? 40 : 14 }));
  ws.addRow([...ALL_COLUMNS]).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(ALL_COLUMNS.map((c) => (c === "min_value" || c === "max_value" ? r[c] : neutraliseFormula(r[c]))));
    row.eachCell((cell) => (cell.numFmt = "@"));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
