// The OLE2 compound file ([MS-CFB]) that holds an .xls or WPS .et workbook (its "Workbook"
// stream) or an encrypted .xlsx ("EncryptedPackage"). Read from the file in memory: the FAT
// chains are followed with a step limit (a cycle or an index out of range is a damaged file,
// not a hang), and no stream can be longer than the file itself.
import { invalid } from "./workbook-errors";

const SIGNATURE = "d0cf11e0a1b11ae1";
const FREE = 0xffffffff;
const END = 0xfffffffe;
const MAX_SECTOR = 0xfffffffa;

export type CfbEntry = { name: string; type: number; start: number; size: number };

export class CompoundFile {
  readonly entries: CfbEntry[] = [];
  private readonly sectorSize: number;
  private readonly fat: Uint32Array;
  private miniFat: Uint32Array = new Uint32Array(0);
  private miniStream: Buffer = Buffer.alloc(0);
  private readonly miniCutoff: number;

  constructor(private readonly buf: Buffer) {
    const bad = () => invalid("xls", "cfb");
    if (buf.length < 512 || buf.toString("hex", 0, 8) !== SIGNATURE) throw bad();
    const shift = buf.readUInt16LE(30);
    if (shift !== 9 && shift !== 12) throw bad();
    this.sectorSize = 1 << shift;
    if (buf.readUInt16LE(32) !== 6) throw bad();
    this.miniCutoff = buf.readUInt32LE(56);
    const sectors = Math.ceil((buf.length - this.sectorSize) / this.sectorSize);
    // the FAT's own sectors: 109 in the header, then chained DIFAT sectors
    const fatSectors: number[] = [];
    const numFat = buf.readUInt32LE(44);
    if (numFat > sectors) throw bad();
    for (let i = 0; i < 109 && fatSectors.length < numFat; i++) fatSectors.push(buf.readUInt32LE(76 + i * 4));
    let difat = buf.readUInt32LE(68);
    for (let guard = 0; fatSectors.length < numFat && difat <= MAX_SECTOR; guard++) {
      if (guard > sectors) throw bad();
      const off = this.offset(difat);
      const per = this.sectorSize / 4 - 1;
      for (let i = 0; i < per && fatSectors.length < numFat; i++) fatSectors.push(buf.readUInt32LE(off + i * 4));
      difat = buf.readUInt32LE(off + per * 4);
    }
    if (fatSectors.length < numFat) throw bad();
    const per = this.sectorSize / 4;
    this.fat = new Uint32Array(fatSectors.length * per);
    fatSectors.forEach((s, k) => {
      const off = this.offset(s);
      for (let i = 0; i < per; i++) this.fat[k * per + i] = buf.readUInt32LE(off + i * 4);
    });
    const dir = this.chain(buf.readUInt32LE(48), Infinity);
    for (let p = 0; p + 128 <= dir.length; p += 128) {
      const nameLen = dir.readUInt16LE(p + 64);
      const type = dir[p + 66];
      const name = dir.toString("utf16le", p, p + Math.max(0, Math.min(64, nameLen) - 2));
      // the size's high 32 bits are meaningful in version 4 files only; a stream never outgrows the file
      const size = Math.min(dir.readUInt32LE(p + 120) + (shift === 12 ? dir.readUInt32LE(p + 124) * 2 ** 32 : 0), buf.length);
      this.entries.push({ name, type, start: dir.readUInt32LE(p + 116), size });
    }
    const root = this.entries[0];
    if (!root || root.type !== 5) throw bad();
    this.miniStream = this.chain(root.start, root.size);
    this.miniFat = toUint32(this.chain(buf.readUInt32LE(60), buf.readUInt32LE(64) * this.sectorSize));
  }

  /** A stream by name (case-insensitive, as the format has it), or null. */
  stream(name: string): Buffer | null {
    const e = this.entries.find((x) => x.type === 2 && x.name.toLowerCase() === name.toLowerCase());
    if (!e) return null;
    if (e.size < this.miniCutoff) return this.miniChain(e.start, e.size);
    return this.chain(e.start, e.size);
  }

  has(name: string): boolean {
    return this.entries.some((x) => x.name.toLowerCase() === name.toLowerCase());
  }

  private offset(sector: number): number {
    const off = (sector + 1) * this.sectorSize;
    if (sector > MAX_SECTOR || off + this.sectorSize > this.buf.length + this.sectorSize) throw invalid("xls", "cfb");
    return off;
  }

  private chain(start: number, size: number): Buffer {
    const parts: Buffer[] = [];
    let total = 0;
    let s = start;
    const seen = new Uint8Array(this.fat.length);
    while (s !== END && s !== FREE && total < size) {
      // a sector twice in one chain is a loop: a damaged (or hostile) file, not a long stream
      if (s >= this.fat.length || seen[s]++) throw invalid("xls", "cfb");
      const off = this.offset(s);
      const piece = this.buf.subarray(off, Math.min(off + this.sectorSize, this.buf.length));
      parts.push(piece);
      total += piece.length;
      s = this.fat[s];
    }
    const out = Buffer.concat(parts);
    if (size !== Infinity && out.length < size) throw invalid("xls", "cfb");
    return size === Infinity ? out : out.subarray(0, size);
  }

  private miniChain(start: number, size: number): Buffer {
    const parts: Buffer[] = [];
    let total = 0;
    let s = start;
    const seen = new Uint8Array(this.miniFat.length);
    while (s !== END && total < size) {
      if (s >= this.miniFat.length || seen[s]++) throw invalid("xls", "cfb");
      const off = s * 64;
      if (off + 64 > this.miniStream.length) throw invalid("xls", "cfb");
      parts.push(this.miniStream.subarray(off, off + 64));
      total += 64;
      s = this.miniFat[s];
    }
    const out = Buffer.concat(parts);
    if (out.length < size) throw invalid("xls", "cfb");
    return out.subarray(0, size);
  }
}

function toUint32(b: Buffer): Uint32Array {
  const out = new Uint32Array(Math.floor(b.length / 4));
  for (let i = 0; i < out.length; i++) out[i] = b.readUInt32LE(i * 4);
  return out;
}
