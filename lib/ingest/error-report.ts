// The downloadable error report: one line per error (then per warning, if asked), opening
// correctly in Excel. Messages quote what the user typed, so every cell is neutralised against
// formula injection.
import { csvBytes } from "./csv-write";
import type { IngestReport, Locale } from "./types";

export function errorReportCsv(report: IngestReport, locale: Locale, opts: { includeWarnings?: boolean } = {}): Buffer {
  const header = locale === "en" ? ["line", "column", "code", "message"] : ["行号", "列", "代码", "说明"];
  const rows: (string | number | null)[][] = [header];
  // Line 0 is the whole file: leave the cell empty rather than print a line that does not exist.
  for (const e of report.errors) rows.push([e.line || null, e.column, e.code, e.message]);
  if (opts.includeWarnings) for (const w of report.warnings) rows.push([w.line ?? null, null, w.code, w.message]);
  return csvBytes(rows, { neutralise: true });
}
