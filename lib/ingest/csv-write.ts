// Writing CSV for Excel users (notes.md §5): UTF-8 with a BOM (without it Excel on Chinese
// Windows reads UTF-8 as GBK and shows mojibake), CRLF line ends, RFC 4180 quoting.

const BOM = "\uFEFF";

// Cells starting with = + - @ tab or CR are formulas to Excel: the one rule, in lib/export/csv.ts.
import { neutraliseFormula } from "@/lib/export/csv";

export const neutralise = neutraliseFormula;

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvBytes(rows: (string | number | null)[][], opts: { neutralise?: boolean } = {}): Buffer {
  const lines = rows.map((r) =>
    r
      .map((c) => {
        const s = c === null ? "" : String(c);
        return quote(opts.neutralise ? neutralise(s) : s);
      })
      .join(","),
  );
  return Buffer.from(BOM + lines.join("\r\n") + "\r\n", "utf8");
}
