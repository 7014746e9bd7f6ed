// Excel cell values → the text the CSV path reads, so both follow the same rules.
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

function isPercentFormat(numFmt: unknown): boolean {
  // A % outside quoted literals ("0.0%", not '0.0"%"').
  return typeof numFmt === "string" && numFmt.replace(/"[^"]*"/g, "").includes("%");
}

function dateText(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

export function cellText(value: unknown, numFmt?: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (isPercentFormat(numFmt) && Number.isFinite(value)) {
      return `${new Decimal(Number(value.toPrecision(15))).times(100).toFixed()}%`;
    }
    return numberText(value);
  }
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : dateText(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((r: { text?: string }) => r.text ?? "").join("");
    if ("result" in v || "formula" in v || "sharedFormula" in v) {
      // No cached result (an error result, or a file never calculated): show the formula, which
      // then fails as NOT_A_NUMBER instead of passing for an empty cell.
      if (v.result === undefined || (typeof v.result === "number" && Number.isNaN(v.result))) return `=${String(v.formula ?? v.sharedFormula ?? "")}`;
      return cellText(v.result, numFmt);
    }
    if ("error" in v) return String(v.error);
    if ("text" in v) return cellText(v.text, numFmt);
  }
  return String(value);
}
