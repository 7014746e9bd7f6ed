// The downloadable error report: one line per error (then per warning, if asked), opening
// correctly in Excel. Messages quote what the user typed, so every cell is neutralised against
// formula injection.
import { csvBytes } from "./csv-write";
import type { IngestReport, Locale } from "./types";

export function errorReportCsv(report: IngestReport, locale: Locale, opts: { includeWarnings?: boolean } = {}): Buffer {
  // workbooks add the cell as the spreadsheet shows it (数据!D7)
  const withCell = report.errors.some((e) => e.cell);
  const header = locale === "en" ? ["line", "column", "code", "message"] : ["行号", "列", "代码", "说明"];
  if (withCell) header.splice(2, 0, locale === "en" ? "cell" : "单元格");
  const rows: (string | number | null)[][] = [header];
  const row = (line: number | null, column: string | null, cell: string | null, code: string, message: string) =>
    withCell ? [line, column, cell, code, message] : [line, column, code, message];
  // Line 0 is the whole file: leave the cell empty rather than print a line that does not exist.
  for (const e of report.errors) rows.push(row(e.line || null, e.column, e.cell ?? null, e.code, e.message));
  if (opts.includeWarnings) for (const w of report.warnings) rows.push(row(w.line ?? null, null, null, w.code, w.message));
  return csvBytes(rows, { neutralise: true });
}
