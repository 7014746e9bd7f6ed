// An .xlsx workbook: where its sheets are (workbook.xml and its relationships), the date
// system, the number format of each cell style (dates and percentages), and the shared-string
// table, read under caps before the chosen sheet is streamed.
import type { IngestLimits } from "../limits";
import { builtInFormatKind, formatKind, type CellKind } from "../xlsx-cells";
import type { WorkbookRead } from "./sheet-sink";
import { StringTable } from "./string-table";
import { invalid } from "./workbook-errors";
import { readXlsxSheet } from "./xlsx-sheet";
import type { Attrs } from "./xml-scanner";
import { readZipDirectory } from "./zip-entries";
import { META_PART_BYTES, readRels, scanZipPart, type ZipBook } from "./zip-parts";

type SheetEntry = { name: string; path: string };

/** More cell styles than Excel allows (64,000): the rest read as General. */
const MAX_STYLES = 100_000;

export const readXlsx: WorkbookRead = async (buf, wanted, limits, sink) => {
  const z: ZipBook = { buf, entries: readZipDirectory(buf, "xlsx"), kind: "xlsx" };
  const root = await readRels(z, "");
  const wbPath = [...root.values()].find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const { sheets, date1904 } = await readWorkbookPart(z, wbPath);
  const rels = await readRels(z, wbPath);
  const names = sheets.map((s) => s.name);
  const target = wanted ? sheets.find((s) => s.name === wanted) : sheets[0];
  if (!target) return { chosen: null, names };
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const styles = await readStyles(z, byType("/styles"));
  const strings = await readSharedStrings(z, byType("/sharedStrings"), limits);
  sink.start(target.name);
  if (!(await readXlsxSheet(z, target.path, { strings, styles, date1904 }, limits, sink))) throw invalid("xlsx", "missing", target.path);
  return { chosen: target.name, names };

  async function readWorkbookPart(z: ZipBook, path: string) {
    const found: { name: string; rid: string }[] = [];
    let date1904 = false;
    let inSheets = false;
    let root: string | null = null;
    const ok = await scanZipPart(z, path, META_PART_BYTES, () => ({
      open(name: string, a: Attrs) {
        root ??= name;
        if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
        else if (name === "sheets") inSheets = true;
        else if (name === "sheet" && inSheets && a.name !== undefined) found.push({ name: a.name, rid: a.id ?? "" });
      },
      close(name: string) {
        if (name === "sheets") inSheets = false;
      },
      text() {},
    }));
    if (!ok) throw invalid("xlsx", "missing", path);
    if (root !== "workbook") throw invalid("xlsx", "format"); // a Word or PowerPoint package
    const rels = await readRels(z, path);
    const sheets: SheetEntry[] = [];
    found.forEach((s, i) => {
      const r = rels.get(s.rid);
      if (r && !r.type.endsWith("/worksheet")) return; // chart sheets and dialog sheets hold no cells
      sheets.push({ name: s.name, path: r?.target ?? `xl/worksheets/sheet${i + 1}.xml` });
    });
    return { sheets, date1904 };
  }
};

/** The kind (number, date, percent) of each cell style, by its index (the cell's s attribute). */
async function readStyles(z: ZipBook, path: string | undefined): Promise<CellKind[]> {
  if (!path) return [];
  const formats = new Map<number, string>();
  const xfs: number[] = [];
  let inXfs = false;
  await scanZipPart(z, path, META_PART_BYTES, () => ({
    open(name: string, a: Attrs) {
      if (name === "numFmt" && a.numFmtId && a.formatCode !== undefined) formats.set(Number(a.numFmtId), a.formatCode);
      else if (name === "cellXfs") inXfs = true;
      else if (name === "xf" && inXfs && xfs.length < MAX_STYLES) xfs.push(Number(a.numFmtId ?? 0));
    },
    close(name: string) {
      if (name === "cellXfs") inXfs = false;
    },
    text() {},
  }));
  return xfs.map((id) => {
    const code = formats.get(id);
    return code !== undefined ? formatKind(code) : builtInFormatKind(id);
  });
}

/** sharedStrings.xml into a capped table; each <si> is its <t> runs joined, phonetic runs left out. */
async function readSharedStrings(z: ZipBook, path: string | undefined, limits: IngestLimits): Promise<StringTable> {
  const table = new StringTable({ maxStrings: limits.maxSharedStrings, maxChars: limits.maxSharedStringChars });
  if (!path) return table;
  let current: string[] | null = null;
  let phonetic = false;
  await scanZipPart(z, path, limits.maxPartBytes, (scanner) => ({
    open(name: string, a: Attrs) {
      if (name === "sst" && a.uniqueCount) table.checkDeclared(Number(a.uniqueCount));
      else if (name === "si") current = [];
      else if (name === "rPh") phonetic = true;
      else if (name === "t" && current && !phonetic) scanner.captureText = true;
    },
    close(name: string) {
      if (name === "t") scanner.captureText = false;
      else if (name === "rPh") phonetic = false;
      else if (name === "si" && current) {
        table.add(unescapeOoxml(current.length === 1 ? current[0] : current.join("")));
        current = null;
      }
    },
    text(s: string) {
      current?.push(s);
    },
  }));
  return table;
}

/** Excel writes characters XML cannot hold as _xHHHH_ (a CR as _x000D_, "_" itself as _x005F_). */
export function unescapeOoxml(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}
