// An OpenDocument spreadsheet (.ods): content.xml streamed, the first table (or the one named)
// turned into records. Cells carry their value in office:value (numbers as stored, not as
// shown), dates in office:date-value; text is the cell's paragraphs. A cell or row may say
// "repeated N times" (LibreOffice ends every sheet with a row repeated a million times):
// empty repeats only move the cursor, filled ones are expanded lazily against a cell budget,
// so a three-line file cannot expand into a billion cells. Merged cells: the covered cells
// (table:covered-table-cell) read as empty, as in Excel.
import type { RawRecord } from "../csv-tokenizer";
import { IngestAbort } from "../report";
import { numberText, percentText } from "../xlsx-cells";
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, type WorkbookRead } from "./sheet-sink";
import { invalid } from "./workbook-errors";
import { XML_CAPS, type Attrs } from "./xml-scanner";
import { inflateEntry, readZipDirectory } from "./zip-entries";
import { META_PART_BYTES, scanZipPart, type ZipBook } from "./zip-parts";

const CAPS = { ...XML_CAPS, qualified: true };
const SHEET_TYPES = ["application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.spreadsheet-template"];
/** Records handed on at a time when a filled row is repeated. */
const REPEAT_BATCH = 1000;

/** Thrown to stop scanning once the chosen table has ended. */
class Done extends Error {}

type Run = { text: string; n: number };
type PendingRow = { line: number; fields: string[]; repeat: number };

export const readOds: WorkbookRead = async (buf, wanted, limits, sink) => {
  const z: ZipBook = { buf, entries: readZipDirectory(buf, "ods"), kind: "ods" };
  const mime = await smallText(z, "mimetype");
  if (mime !== null && !SHEET_TYPES.includes(mime.trim())) throw invalid("ods", "notSheet");
  if (await encrypted(z)) throw new IngestAbort("WORKBOOK_ENCRYPTED");

  const names: string[] = [];
  let chosen: string | null = null;
  let reading = false;
  let tableDepth = 0; // >0 inside a table (tables inside cells are not sheets)
  let line = 0;
  let cells = 0;
  let queue: PendingRow[] = [];
  // the open row and cell
  let runs: Run[] = [];
  let rowRepeat = 1;
  let cell: { n: number; attrs: Attrs; covered: boolean } | null = null;
  let paras: string[] = [];
  let para: string | null = null;
  let annotation = 0;

  const budget = (n: number) => {
    cells += n;
    if (cells > limits.maxCells) throw new IngestAbort("WORKBOOK_TOO_LARGE", { part: "content.xml", cells: limits.maxCells.toLocaleString("en") });
  };

  const endRow = () => {
    const fields: string[] = [];
    let col = 0;
    for (const r of runs) {
      if (r.text === "") {
        col += r.n;
        continue;
      }
      if (col + r.n > MAX_SHEET_COLUMNS) throw invalid("ods", "cell", "content.xml");
      budget(col - fields.length + r.n);
      while (fields.length < col) fields.push("");
      for (let k = 0; k < r.n; k++) fields.push(r.text);
      col += r.n;
    }
    runs = [];
    if (fields.length === 0) {
      // an empty row, however often repeated, is one blank line (it ends a merged block)
      if (line < MAX_SHEET_ROWS) queue.push({ line: line + 1, fields, repeat: 1 });
      line += rowRepeat;
      return;
    }
    if (line + rowRepeat > MAX_SHEET_ROWS) throw invalid("ods", "cell", "content.xml");
    budget(fields.length * (rowRepeat - 1));
    queue.push({ line: line + 1, fields, repeat: rowRepeat });
    line += rowRepeat;
  };

  const endCell = () => {
    const c = cell!;
    cell = null;
    const text = c.covered ? "" : cellText(c.attrs, paras);
    paras = [];
    const last = runs[runs.length - 1];
    if (last && last.text === text) last.n += c.n;
    else runs.push({ text, n: c.n });
  };

  const drain = async () => {
    while (queue.length) {
      const batch = queue;
      queue = [];
      for (const p of batch) {
        if (p.repeat === 1) {
          await sink.rows([{ line: p.line, fields: p.fields }]);
          continue;
        }
        // the table reader trims and fills records in place: each line gets its own copy
        for (let k = 0; k < p.repeat; k += REPEAT_BATCH) {
          const recs: RawRecord[] = [];
          for (let j = k; j < Math.min(p.repeat, k + REPEAT_BATCH); j++) recs.push({ line: p.line + j, fields: p.fields.slice() });
          await sink.rows(recs);
        }
      }
    }
  };

  const found = await scanZipPart(
    z,
    "content.xml",
    limits.maxPartBytes,
    (scanner) => ({
      open(name: string, a: Attrs) {
        if (name === "table") {
          if (tableDepth++ > 0) return;
          const tname = a["table:name"] ?? `Sheet${names.length + 1}`;
          names.push(tname);
          if (chosen === null && (wanted ? tname === wanted : true)) {
            chosen = tname;
            reading = true;
            sink.start(tname);
          }
          return;
        }
        if (!reading || tableDepth !== 1) return;
        if (name === "annotation") annotation++;
        else if (annotation) return;
        else if (name === "table-row") {
          rowRepeat = count(a["table:number-rows-repeated"]);
          runs = [];
        } else if (name === "table-cell" || name === "covered-table-cell") {
          cell = { n: count(a["table:number-columns-repeated"]), attrs: a, covered: name === "covered-table-cell" };
          paras = [];
        } else if (cell && name === "p") {
          para = "";
          scanner.captureText = true;
        } else if (para !== null && name === "s") para += " ".repeat(Math.min(count(a["text:c"]), 1000));
        else if (para !== null && name === "tab") para += "\t";
        else if (para !== null && name === "line-break") para += "\n";
      },
      close(name: string) {
        if (name === "table") {
          if (--tableDepth > 0) return;
          if (reading) {
            reading = false;
            throw new Done();
          }
          return;
        }
        if (!reading || tableDepth !== 1) return;
        if (name === "annotation") annotation--;
        else if (annotation) return;
        else if (name === "p" && para !== null) {
          paras.push(para);
          para = null;
          scanner.captureText = false;
        } else if ((name === "table-cell" || name === "covered-table-cell") && cell) endCell();
        else if (name === "table-row") endRow();
      },
      text(s: string) {
        if (para !== null && !annotation) para += s;
      },
    }),
    drain,
    CAPS,
  ).catch(async (e) => {
    if (!(e instanceof Done)) throw e;
    await drain();
    return true;
  });
  if (!found) throw invalid("ods", "missing", "content.xml");
  return { chosen, names };
};

/** A repeat count: 1 when absent; a damaged one is refused rather than guessed. */
function count(v: string | undefined): number {
  if (v === undefined) return 1;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw invalid("ods", "xml", "content.xml");
  return Math.min(n, MAX_SHEET_ROWS * MAX_SHEET_COLUMNS);
}

/** The value as stored, like Excel's: office:value for numbers, the date of a date, else the text shown. */
function cellText(a: Attrs, paras: string[]): string {
  const shown = paras.join("\n");
  switch (a["office:value-type"]) {
    case "float":
    case "currency":
    case "percentage": {
      const n = Number(a["office:value"]);
      if (a["office:value"] === undefined || !Number.isFinite(n)) return shown;
      return a["office:value-type"] === "percentage" ? percentText(n) : numberText(n);
    }
    case "date":
      return a["office:date-value"]?.slice(0, 10) ?? shown;
    case "boolean":
      return a["office:boolean-value"] === "true" ? "TRUE" : a["office:boolean-value"] === "false" ? "FALSE" : shown;
    case "string":
      return shown || (a["office:string-value"] ?? "");
    default:
      return shown;
  }
}

async function smallText(z: ZipBook, path: string): Promise<string | null> {
  const e = z.entries.get(path);
  if (!e) return null;
  const parts: Buffer[] = [];
  for await (const b of inflateEntry(z.buf, e, 4096, "ods")) parts.push(b);
  return Buffer.concat(parts).toString("utf8");
}

/** An ODS saved with a password lists encryption data for its parts in the manifest. */
async function encrypted(z: ZipBook): Promise<boolean> {
  let found = false;
  await scanZipPart(z, "META-INF/manifest.xml", META_PART_BYTES, () => ({
    open(name: string) {
      if (name === "encryption-data") found = true;
    },
    close() {},
    text() {},
  }));
  return found;
}
