// The zip container of .xlsx and .ods, read from the central directory of a file already in
// memory (bounded by the upload limit). Entries are inflated with Node's zlib as a stream and
// the inflated bytes counted as they come: the sizes written in the zip headers are never
// believed, so a bomb or a lying header stops at the part's cap with WORKBOOK_TOO_LARGE.
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import { IngestAbort } from "../report";
import type { WorkbookKind } from "./workbook-errors";
import { invalid } from "./workbook-errors";

export type ZipEntry = { name: string; method: number; flags: number; compressedSize: number; localOffset: number };

/**
 * Spreadsheet XML compresses about 5–30 to 1; a part that inflates more than 100 times its
 * compressed size (beyond a small floor) is a bomb, so its cap shrinks with it: a 600 KB bomb
 * stops after 60 MB, not after the full part cap (the rule Apache POI applies too).
 */
const MAX_RATIO = 100;
const RATIO_FLOOR = 16 * 1024 * 1024;

/** More entries than any workbook has (a sheet, its rels and drawings each count). */
const MAX_ENTRIES = 20_000;
const SLICE = 64 * 1024;

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Entries by lower-cased name (OOXML part names are case-insensitive); the first of a name wins. */
export function readZipDirectory(buf: Buffer, kind: WorkbookKind): Map<string, ZipEntry> {
  const bad = () => invalid(kind, "zip");
  const eocd = findEocd(buf);
  if (eocd < 0) throw bad();
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== EOCD64_LOCATOR) throw bad();
    const at = safeNumber(buf.readBigUInt64LE(loc + 8));
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64) throw bad();
    count = safeNumber(buf.readBigUInt64LE(at + 32));
    cdSize = safeNumber(buf.readBigUInt64LE(at + 40));
    cdOffset = safeNumber(buf.readBigUInt64LE(at + 48));
  }
  if (count > MAX_ENTRIES || cdOffset + cdSize > buf.length) throw bad();
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw bad();
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    const uncompressed = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > buf.length) throw bad();
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen).replace(/\\/g, "/").replace(/^\//, "");
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // zip64: the real values sit in the extra field, in the order of the fields that overflowed
      const z = zip64Extra(buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
      if (!z) throw bad();
      let k = 0;
      if (uncompressed === 0xffffffff) k++;
      if (compressedSize === 0xffffffff) compressedSize = z[k++] ?? -1;
      if (localOffset === 0xffffffff) localOffset = z[k++] ?? -1;
      if (compressedSize < 0 || localOffset < 0) throw bad();
    }
    const key = name.toLowerCase();
    if (!entries.has(key)) entries.set(key, { name, method, flags, compressedSize, localOffset });
    p = end;
  }
  return entries;
}

/**
 * The inflated bytes of one entry, in chunks, stopping with WORKBOOK_TOO_LARGE as soon as more
 * than `cap` bytes came out. `part` names the entry in that message.
 */
export async function* inflateEntry(buf: Buffer, e: ZipEntry, cap: number, kind: WorkbookKind): AsyncGenerator<Buffer> {
  if (e.flags & 1) throw new IngestAbort("WORKBOOK_ENCRYPTED");
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw invalid(kind, "zip", e.name);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw invalid(kind, "zip", e.name);
  const data = buf.subarray(start, end);
  if (e.method === 8) cap = Math.min(cap, Math.max(RATIO_FLOOR, e.compressedSize * MAX_RATIO));
  const tooLarge = () => new IngestAbort("WORKBOOK_TOO_LARGE", { part: e.name, limit: mib(cap) });
  if (e.method === 0) {
    if (data.length > cap) throw tooLarge();
    for (let i = 0; i < data.length; i += SLICE) yield data.subarray(i, i + SLICE);
    return;
  }
  if (e.method !== 8) throw invalid(kind, "zip", e.name);
  const z = createInflateRaw({ chunkSize: SLICE });
  Readable.from(slices(data)).on("error", () => {}).pipe(z);
  let total = 0;
  try {
    for await (const chunk of z as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > cap) throw tooLarge();
      yield chunk;
    }
  } catch (err) {
    if (err instanceof IngestAbort) throw err;
    throw invalid(kind, "zip", e.name);
  } finally {
    z.destroy();
  }
}

function* slices(data: Buffer): Generator<Buffer> {
  for (let i = 0; i < data.length; i += SLICE) yield data.subarray(i, i + SLICE);
}

export const mib = (n: number) => `${Math.max(1, Math.round(n / 1048576))} MB`;

function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf[i] === 0x50 && buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

function zip64Extra(extra: Buffer): number[] | null {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i);
    const size = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      const out: number[] = [];
      for (let k = i + 4; k + 8 <= i + 4 + size && k + 8 <= extra.length; k += 8) out.push(safeNumber(extra.readBigUInt64LE(k)));
      return out;
    }
    i += 4 + size;
  }
  return null;
}

function safeNumber(n: bigint): number {
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}
