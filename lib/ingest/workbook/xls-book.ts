// A legacy Excel workbook (.xls, BIFF8: Excel 97–2003; WPS writes its .et the same way) read
// from the "Workbook" stream of its OLE2 container: the globals (sheet list, shared strings,
// number formats, date system), then the chosen sheet's cell records, row by row. Only what the
// upload needs is decoded; formulas give their cached result. An encrypted file, a BIFF5 file
// (Excel 95) and an encrypted .xlsx (also an OLE2 container) get their own message. A record
// shorter than its fields throws a RangeError, which the entry point reports as INVALID_XLS.
import type { IngestLimits } from "../limits";
import { IngestAbort } from "../report";
import { builtInFormatKind, formatKind, numberCellText, type CellKind } from "../xlsx-cells";
import { BiffStrings, readBiffString } from "./biff-strings";
import { CompoundFile } from "./cfb";
import { MAX_SHEET_COLUMNS, setField, type SheetSink, type WorkbookRead } from "./sheet-sink";
import { StringTable } from "./string-table";
import { invalid } from "./workbook-errors";

const R = {
  BOF: 0x0809,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  FORMAT: 0x041e,
  XF: 0x00e0,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  CONTINUE: 0x003c,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
  DBCELL: 0x00d7,
} as const;

const ERRORS: Record<number, string> = { 0x00: "#NULL!", 0x07: "#DIV/0!", 0x0f: "#VALUE!", 0x17: "#REF!", 0x1d: "#NAME?", 0x24: "#NUM!", 0x2a: "#N/A" };
/** Rows kept while waiting for the end of a row block (cells of a block may come out of order). */
const MAX_PENDING_ROWS = 1024;

type Globals = { sheets: { name: string; offset: number }[]; strings: StringTable; kinds: CellKind[]; date1904: boolean };

export const readXls: WorkbookRead = async (buf, wanted, limits, sink) => {
  let stream: Buffer;
  try {
    const cfb = new CompoundFile(buf);
    if (cfb.has("EncryptedPackage") || cfb.has("EncryptionInfo")) throw new IngestAbort("WORKBOOK_ENCRYPTED");
    const s = cfb.stream("Workbook");
    if (!s) throw cfb.has("Book") ? new IngestAbort("XLS_TOO_OLD") : invalid("xls", "missing", "Workbook");
    stream = s;
  } catch (e) {
    throw e instanceof IngestAbort ? e : invalid("xls", "cfb");
  }
  const g = readGlobals(stream, limits);
  const names = g.sheets.map((s) => s.name);
  const target = wanted ? g.sheets.find((s) => s.name === wanted) : g.sheets[0];
  if (!target) return { chosen: null, names };
  sink.start(target.name);
  await readSheet(stream, target.offset, g, sink);
  return { chosen: target.name, names };
};

/** Iterates the records from `pos`: [type, data, offset of the next record]. */
function* records(s: Buffer, pos: number): Generator<[number, Buffer]> {
  while (pos + 4 <= s.length) {
    const type = s.readUInt16LE(pos);
    const len = s.readUInt16LE(pos + 2);
    if (pos + 4 + len > s.length) throw invalid("xls", "biff");
    yield [type, s.subarray(pos + 4, pos + 4 + len)];
    pos += 4 + len;
  }
}

function readGlobals(s: Buffer, limits: IngestLimits): Globals {
  const g: Globals = { sheets: [], strings: new StringTable({ maxStrings: limits.maxSharedStrings, maxChars: limits.maxSharedStringChars }), kinds: [], date1904: false };
  const formats = new Map<number, string>();
  const xfs: number[] = [];
  let first = true;
  let sst: Buffer[] | null = null;
  const endSst = () => {
    if (sst) new BiffStrings(sst).readTable(g.strings);
    sst = null;
  };
  {
    for (const [type, d] of records(s, 0)) {
      if (first) {
        // BIFF8 opens with BOF 0x0809, version 0x0600; BIFF2–5 (Excel 2.x–95) with older ones
        if (type !== R.BOF || d.length < 4) throw (type & 0xff) === 0x09 ? new IngestAbort("XLS_TOO_OLD") : invalid("xls", "biff");
        if (d.readUInt16LE(0) !== 0x0600) throw new IngestAbort("XLS_TOO_OLD");
        first = false;
        continue;
      }
      if (type === R.CONTINUE && sst) {
        sst.push(d);
        continue;
      }
      endSst();
      switch (type) {
        case R.FILEPASS:
          throw new IngestAbort("WORKBOOK_ENCRYPTED");
        case R.DATEMODE:
          g.date1904 = d.readUInt16LE(0) === 1;
          break;
        case R.FORMAT:
          formats.set(d.readUInt16LE(0), readBiffString(d, 2, 2).text);
          break;
        case R.XF:
          if (xfs.length < 100_000) xfs.push(d.readUInt16LE(2));
          break;
        case R.BOUNDSHEET:
          // worksheets only (1 = macro sheet, 2 = chart, 6 = VB module)
          if (d[5] === 0) g.sheets.push({ name: readBiffString(d, 6, 1).text, offset: d.readUInt32LE(0) });
          break;
        case R.SST:
          g.strings.checkDeclared(d.readUInt32LE(4));
          sst = [d.subarray(8)];
          break;
      }
      if (type === R.EOF) break;
    }
    endSst();
  }
  g.kinds = xfs.map((id) => {
    const code = formats.get(id);
    return code !== undefined ? formatKind(code) : builtInFormatKind(id);
  });
  return g;
}

async function readSheet(s: Buffer, offset: number, g: Globals, sink: SheetSink): Promise<void> {
  const pending = new Map<number, string[]>();
  let emitted = 0; // the last row number handed on
  let depth = 0; // charts embedded in a sheet bring their own BOF…EOF
  let formulaCell: [number, number] | null = null;

  const flush = async (keep: number | null) => {
    const rows = [...pending.keys()].filter((r) => r !== keep).sort((a, b) => a - b);
    const out = [];
    for (const r of rows) {
      if (r > emitted + 1) out.push({ line: emitted + 1, fields: [] as string[] });
      out.push({ line: r, fields: pending.get(r)! });
      pending.delete(r);
      emitted = r;
    }
    if (out.length) await sink.rows(out);
  };
  const put = (rw: number, col: number, text: string) => {
    const line = rw + 1;
    if (line <= emitted || col >= MAX_SHEET_COLUMNS) throw invalid("xls", "cell");
    if (text === "") return;
    let f = pending.get(line);
    if (!f) pending.set(line, (f = []));
    setField(f, col, text);
  };
  const num = (n: number, ixfe: number) => numberCellText(n, g.kinds[ixfe] ?? "number", g.date1904);

  if (offset + 4 > s.length || s.readUInt16LE(offset) !== R.BOF) throw invalid("xls", "biff");
  {
    for (const [type, d] of records(s, offset)) {
      if (type === R.BOF) {
        depth++;
        continue;
      }
      if (type === R.EOF) {
        if (--depth === 0) break;
        continue;
      }
      if (depth !== 1) continue;
      switch (type) {
        case R.LABELSST: {
          const text = g.strings.get(d.readUInt32LE(6));
          if (text === undefined) throw invalid("xls", "biff");
          put(d.readUInt16LE(0), d.readUInt16LE(2), text);
          break;
        }
        case R.LABEL:
        case R.RSTRING:
          put(d.readUInt16LE(0), d.readUInt16LE(2), readBiffString(d, 6, 2).text);
          break;
        case R.NUMBER:
          put(d.readUInt16LE(0), d.readUInt16LE(2), num(d.readDoubleLE(6), d.readUInt16LE(4)));
          break;
        case R.RK:
          put(d.readUInt16LE(0), d.readUInt16LE(2), num(rk(d.readInt32LE(6)), d.readUInt16LE(4)));
          break;
        case R.MULRK: {
          const rw = d.readUInt16LE(0);
          const first = d.readUInt16LE(2);
          for (let i = 0; 4 + i * 6 + 6 <= d.length - 2; i++) {
            put(rw, first + i, num(rk(d.readInt32LE(4 + i * 6 + 2)), d.readUInt16LE(4 + i * 6)));
          }
          break;
        }
        case R.BOOLERR:
          put(d.readUInt16LE(0), d.readUInt16LE(2), d[7] ? (ERRORS[d[6]] ?? "#N/A") : d[6] ? "TRUE" : "FALSE");
          break;
        case R.FORMULA: {
          const rw = d.readUInt16LE(0);
          const col = d.readUInt16LE(2);
          formulaCell = null;
          if (d.readUInt16LE(12) !== 0xffff) put(rw, col, num(d.readDoubleLE(6), d.readUInt16LE(4)));
          else if (d[6] === 0) formulaCell = [rw, col]; // the text follows in a STRING record
          else if (d[6] === 1) put(rw, col, d[8] ? "TRUE" : "FALSE");
          else if (d[6] === 2) put(rw, col, ERRORS[d[8]] ?? "#N/A");
          break;
        }
        case R.STRING:
          if (formulaCell) put(formulaCell[0], formulaCell[1], readBiffString(d, 0, 2).text);
          formulaCell = null;
          break;
        case R.DBCELL:
          await flush(null);
          break;
      }
      if (pending.size > MAX_PENDING_ROWS) await flush(Math.max(...pending.keys()));
    }
  }
  await flush(null);
}

/** An RK number: a 30-bit integer or the top 30 bits of a double, optionally divided by 100. */
function rk(raw: number): number {
  let v: number;
  if (raw & 2) v = raw >> 2;
  else {
    const b = Buffer.alloc(8);
    b.writeInt32LE(raw & ~3, 4);
    v = b.readDoubleLE(0);
  }
  return raw & 1 ? v / 100 : v;
}
