// A workbook's shared-string table (xlsx sharedStrings.xml, the .xls SST record), kept compact
// and capped as it is read: UTF-8 bytes in 1 MB blocks with an offset table, so a million
// short strings cost a few MB rather than a JS string object each. The caps (count, total
// characters) stop a workbook whose strings expand without bound (an 855 KB file can hold
// 800 MB of them) before the memory is spent.
import { IngestAbort } from "../report";

const BLOCK = 1 << 20;

export type StringCaps = { maxStrings: number; maxChars: number };

export class StringTable {
  private blocks: Buffer[] = [];
  private used = BLOCK;
  /** Per string: block index × 2^20 + offset, and its byte length. */
  private at = new Float64Array(1024);
  private len = new Uint32Array(1024);
  count = 0;
  chars = 0;

  constructor(private readonly caps: StringCaps) {}

  /** A declared count (an attribute, a record field) is only a hint, but one above the cap is refused at once. */
  checkDeclared(count: number): void {
    if (count > this.caps.maxStrings) throw this.tooMany();
  }

  add(s: string): void {
    if (this.count >= this.caps.maxStrings) throw this.tooMany();
    this.chars += s.length;
    if (this.chars > this.caps.maxChars) throw new IngestAbort("SHARED_STRINGS_TOO_LARGE", { what: "chars", limit: this.caps.maxChars });
    const bytes = Buffer.byteLength(s, "utf8");
    if (this.used + bytes > BLOCK) {
      this.blocks.push(Buffer.allocUnsafe(Math.max(BLOCK, bytes)));
      this.used = 0;
    }
    const b = this.blocks.length - 1;
    this.blocks[b].write(s, this.used, "utf8");
    if (this.count === this.at.length) this.grow();
    this.at[this.count] = b * BLOCK + this.used;
    this.len[this.count] = bytes;
    this.used += bytes;
    this.count++;
  }

  /** The string at `i`, or undefined past the end (a damaged index). */
  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    const a = this.at[i];
    const b = Math.floor(a / BLOCK);
    const o = a - b * BLOCK;
    return this.blocks[b].toString("utf8", o, o + this.len[i]);
  }

  private grow(): void {
    const at = new Float64Array(this.at.length * 2);
    at.set(this.at);
    this.at = at;
    const len = new Uint32Array(this.len.length * 2);
    len.set(this.len);
    this.len = len;
  }

  private tooMany() {
    return new IngestAbort("SHARED_STRINGS_TOO_LARGE", { what: "count", limit: this.caps.maxStrings });
  }
}
