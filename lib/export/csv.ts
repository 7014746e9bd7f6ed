// CSV for spreadsheet users: UTF-8 with a BOM (Excel needs it to read UTF-8), CRLF line
// ends, and text cells that a spreadsheet would run as a formula neutralised.

/** Cells starting with = + - @ tab or CR are formulas to Excel/WPS: prefix a quote. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(v: unknown, numeric: boolean): string {
  if (v === null || v === undefined) return "";
  let s = String(v);
  // exact decimals may legitimately start with "-": a numeric column's cell is left as it is
  // only when it is a number (text in a numeric column, "-1+2", is neutralised like any text)
  if (!numeric || !/^-?\d+(\.\d+)?$/.test(s)) s = neutraliseFormula(s);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export type CsvColumn<T> = { header: string; value: (row: T) => unknown; numeric?: boolean };

export function toCsv<T>(rows: T[], columns: CsvColumn<T>[]): string {
  const lines = [columns.map((c) => cell(c.header, false)).join(",")];
  for (const r of rows) lines.push(columns.map((c) => cell(c.value(r), !!c.numeric)).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export function csvResponse(body: string, filename: string, headers?: HeadersInit): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      ...headers,
    },
  });
}
