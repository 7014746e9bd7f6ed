// BIFF8 strings: a length, a flags byte (bit 0: two bytes per character, else one, the high
// byte being zero), the characters, then rich-text runs and phonetic data to skip. In the
// shared-string table (SST) a string may be cut by a CONTINUE record; the characters resume
// after a new flags byte there. Texts longer than a cell can hold are a damaged record.
import type { StringTable } from "./string-table";
import { invalid } from "./workbook-errors";

const MAX_CHARS = 32_767;

/** An XLUnicodeString (lenBytes 2) or ShortXLUnicodeString (lenBytes 1) inside one record. */
export function readBiffString(d: Buffer, off: number, lenBytes: 1 | 2): { text: string; next: number } {
  const cch = lenBytes === 1 ? d[off] : d.readUInt16LE(off);
  const flags = d[off + lenBytes];
  if (cch > MAX_CHARS || flags === undefined) throw invalid("xls", "biff");
  const start = off + lenBytes + 1;
  const bytes = flags & 1 ? cch * 2 : cch;
  if (start + bytes > d.length) throw invalid("xls", "biff");
  const text = flags & 1 ? d.toString("utf16le", start, start + bytes) : d.toString("latin1", start, start + bytes);
  return { text, next: start + bytes };
}

/** The SST record's data and its CONTINUE records, read as one stream of strings. */
export class BiffStrings {
  private seg = 0;
  private pos = 0;

  constructor(private readonly segs: Buffer[]) {}

  readTable(table: StringTable): void {
    while (this.more()) table.add(this.next());
  }

  private more(): boolean {
    while (this.seg < this.segs.length && this.pos >= this.segs[this.seg].length) {
      this.seg++;
      this.pos = 0;
    }
    return this.seg < this.segs.length;
  }

  private byte(): number {
    if (!this.more()) throw invalid("xls", "biff");
    return this.segs[this.seg][this.pos++];
  }

  private u16(): number {
    return this.byte() | (this.byte() << 8);
  }

  private u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  private skip(n: number): void {
    while (n > 0) {
      if (!this.more()) throw invalid("xls", "biff");
      const take = Math.min(n, this.segs[this.seg].length - this.pos);
      this.pos += take;
      n -= take;
    }
  }

  private next(): string {
    const cch = this.u16();
    let flags = this.byte();
    if (cch > MAX_CHARS) throw invalid("xls", "biff");
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    let out = "";
    let left = cch;
    while (left > 0) {
      // not more(): at the end of a record the next one starts with a flags byte, read below
      const seg = this.segs[this.seg];
      if (!seg) throw invalid("xls", "biff");
      const wide = flags & 1;
      const fit = Math.min(left, Math.floor((seg.length - this.pos) / (wide ? 2 : 1)));
      if (fit === 0) {
        // the characters go on in the next CONTINUE record, after a fresh flags byte
        this.seg++;
        this.pos = 0;
        if (this.seg >= this.segs.length) throw invalid("xls", "biff");
        flags = this.byte();
        continue;
      }
      const end = this.pos + fit * (wide ? 2 : 1);
      out += wide ? seg.toString("utf16le", this.pos, end) : seg.toString("latin1", this.pos, end);
      this.pos = end;
      left -= fit;
    }
    this.skip(runs * 4 + ext);
    return out;
  }
}
