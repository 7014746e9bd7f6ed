// Spreadsheet cell values → the text the CSV path reads, so every format follows the same rules.
// Numbers: Excel keeps 15 significant digits, so the double is rounded to 15 digits first
// (0.1+0.2 → "0.3", not "0.30000000000000004") and written without exponent. A cell
// formatted as a percentage holds 0.123 for 12.3%: it becomes "12.3%", which only % indicators
// accept. Dates become YYYY-MM-DD (a period column may hold dates). Formula cells give their
// cached result; Excel errors (#DIV/0!) come through as text, and formulas without a result as
// "=formula": both fail as NOT_A_NUMBER.
import Decimal from "decimal.js";

export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return new Decimal(Number(n.toPrecision(15))).toFixed();
}

export function percentText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return `${new Decimal(Number(n.toPrecision(15))).times(100).toFixed()}%`;
}

/** A % outside quoted literals ("0.0%", not '0.0"%"'). */
export function isPercentFormat(numFmt: string): boolean {
  return numFmt.replace(/"[^"]*"/g, "").replace(/\\./g, "").includes("%");
}

/** A date or time format: y m d h s (or b, Buddhist year) outside quotes, escapes and [..]. */
export function isDateFormat(numFmt: string): boolean {
  const f = numFmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return /[ymdhsb]/i.test(f.replace(/General/gi, ""));
}

/**
 * Excel's built-in number formats that are dates or times (14–22, 45–47; 27–36 and 50–58 are
 * the CJK dates such as yyyy"年"m"月"d"日", which Chinese Excel writes without a format code)
 * and percentages (9, 10).
 */
export function builtInFormatKind(id: number): CellKind {
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) return "date";
  if (id === 9 || id === 10) return "percent";
  return "number";
}

export type CellKind = "number" | "date" | "percent";

export function formatKind(numFmt: string): CellKind {
  if (isDateFormat(numFmt)) return "date";
  if (isPercentFormat(numFmt)) return "percent";
  return "number";
}

/** YYYY-MM-DD of an Excel serial day (1900 system, or 1904 where the workbook says so). */
export function serialDateText(serial: number, date1904 = false): string {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? numberText(serial) : isoDay(d);
}

export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

/** A number cell as text under its format's kind. */
export function numberCellText(n: number, kind: CellKind, date1904 = false): string {
  if (kind === "date") return serialDateText(n, date1904);
  if (kind === "percent") return percentText(n);
  return numberText(n);
}
