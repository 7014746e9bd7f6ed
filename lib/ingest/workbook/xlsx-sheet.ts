// One .xlsx worksheet streamed row by row: <row r> becomes a record at that Excel row number,
// each <c> its text by type (shared string, inline string, formula result, boolean, error,
// number under its style's format). A run of missing rows becomes one blank record, as a blank
// line does in a CSV (it ends the block a merged cell can span).
import type { RawRecord } from "../csv-tokenizer";
import type { IngestLimits } from "../limits";
import { numberCellText, numberText, type CellKind } from "../xlsx-cells";
import { columnIndex, MAX_SHEET_ROWS, setField, type SheetSink } from "./sheet-sink";
import type { StringTable } from "./string-table";
import { invalid } from "./workbook-errors";
import { unescapeOoxml } from "./xlsx-book";
import type { Attrs } from "./xml-scanner";
import { scanZipPart, type ZipBook } from "./zip-parts";

export type XlsxLookups = { strings: StringTable; styles: CellKind[]; date1904: boolean };

export async function readXlsxSheet(z: ZipBook, path: string, look: XlsxLookups, limits: IngestLimits, sink: SheetSink): Promise<boolean> {
  let out: RawRecord[] = [];
  let inData = false;
  let row = 0;
  let fields: string[] = [];
  let nextCol = 0;
  // the open cell
  let col = -1;
  let type = "n";
  let style = 0;
  let v: string | null = null;
  let f: string | null = null;
  let inline: string | null = null;
  let target: "v" | "f" | "t" | null = null;
  let inlineDepth = 0;
  let phonetic = false;

  const bad = () => invalid("xlsx", "cell", path);
  const cellText = (): string => {
    switch (type) {
      case "s": {
        if (v === null || v === "") return "";
        const s = look.strings.get(Number(v));
        if (s === undefined) throw invalid("xlsx", "xml", path);
        return s;
      }
      case "inlineStr":
        return unescapeOoxml(inline ?? v ?? "");
      case "str":
        return v === null && f !== null ? `=${f}` : unescapeOoxml(v ?? "");
      case "b":
        return v === null ? (f !== null ? `=${f}` : "") : Number(v) !== 0 ? "TRUE" : "FALSE";
      case "e":
        return v ?? (f !== null ? `=${f}` : "");
      case "d":
        return v === null ? "" : /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : v;
      default: {
        // No cached result (a file never calculated): the formula, which then fails as
        // NOT_A_NUMBER instead of passing for an empty cell.
        if (v === null || v.trim() === "") return f !== null ? `=${f}` : "";
        const n = Number(v);
        if (!Number.isFinite(n)) return v;
        const kind = look.styles[style] ?? "number";
        return kind === "number" ? numberText(n) : numberCellText(n, kind, look.date1904);
      }
    }
  };

  return scanZipPart(
    z,
    path,
    limits.maxPartBytes,
    (scanner) => ({
      open(name: string, a: Attrs) {
        if (!inData) {
          if (name === "sheetData") inData = true;
          return;
        }
        if (name === "c") {
          col = a.r ? columnIndex(a.r) : nextCol;
          if (col < 0) throw bad();
          nextCol = col + 1;
          type = a.t ?? "n";
          style = a.s ? Number(a.s) : 0;
          v = f = inline = null;
        } else if (name === "v" || name === "f") {
          target = name;
          scanner.captureText = true;
        } else if (name === "is") {
          inlineDepth = 1;
          inline = "";
        } else if (name === "rPh") {
          phonetic = true;
        } else if (name === "t" && inlineDepth && !phonetic) {
          target = "t";
          scanner.captureText = true;
        } else if (name === "row") {
          const r = a.r ? Number(a.r) : row + 1;
          if (!Number.isInteger(r) || r <= row || r > MAX_SHEET_ROWS) throw bad();
          if (r > row + 1) out.push({ line: row + 1, fields: [] });
          row = r;
          fields = [];
          nextCol = 0;
        }
      },
      close(name: string) {
        if (!inData) return;
        if (name === "v" || name === "f" || name === "t") {
          scanner.captureText = false;
          target = null;
        } else if (name === "rPh") phonetic = false;
        else if (name === "is") inlineDepth = 0;
        else if (name === "c") {
          const text = cellText();
          if (text !== "") setField(fields, col, text);
        } else if (name === "row") out.push({ line: row, fields });
        else if (name === "sheetData") inData = false;
      },
      text(s: string) {
        if (target === "v") v = (v ?? "") + s;
        else if (target === "f") f = (f ?? "") + s;
        else if (target === "t") inline = (inline ?? "") + s;
      },
    }),
    async () => {
      if (!out.length) return;
      const batch = out;
      out = [];
      await sink.rows(batch);
    },
  );
}
