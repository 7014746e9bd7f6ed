// Test helper: .xls files built record by record (BIFF8 in an OLE2 container), so the tests can
// reach what LibreOffice's small files do not: a shared-string table cut by CONTINUE records
// mid-string, RK and MULRK numbers, formula string results, BIFF5, encryption, a cyclic FAT.

export function record(type: number, data: Buffer = Buffer.alloc(0)): Buffer {
  const h = Buffer.alloc(4);
  h.writeUInt16LE(type, 0);
  h.writeUInt16LE(data.length, 2);
  return Buffer.concat([h, data]);
}

const u16 = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0, 0);
  return b;
};

/** Characters as BIFF8 stores them: one byte each if all are Latin-1, else UTF-16LE. */
export function chars(s: string): { flags: number; bytes: Buffer } {
  const wide = /[^\x00-\xff]/.test(s);
  return { flags: wide ? 1 : 0, bytes: Buffer.from(s, wide ? "utf16le" : "latin1") };
}

/** XLUnicodeString (16-bit length) or ShortXLUnicodeString (8-bit). */
export function biffString(s: string, lenBytes: 1 | 2 = 2): Buffer {
  const c = chars(s);
  return Buffer.concat([lenBytes === 1 ? Buffer.from([s.length]) : u16(s.length), Buffer.from([c.flags]), c.bytes]);
}

export const cell = (row: number, col: number, xf = 0) => Buffer.concat([u16(row), u16(col), u16(xf)]);
export const f64 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(n, 0);
  return b;
};
/** An RK number: integers (optionally ×100) in 30 bits. */
export const rk = (n: number, times100 = false) => u32(((n << 2) | 2 | (times100 ? 1 : 0)) >>> 0);

export const BIFF = {
  bof: (dt: number, version = 0x0600) => record(0x0809, Buffer.concat([u16(version), u16(dt), Buffer.alloc(12)])),
  eof: () => record(0x000a),
  xf: (ifmt: number) => record(0x00e0, Buffer.concat([u16(0), u16(ifmt), Buffer.alloc(16)])),
  format: (ifmt: number, code: string) => record(0x041e, Buffer.concat([u16(ifmt), biffString(code)])),
  boundsheet: (offset: number, name: string) => record(0x0085, Buffer.concat([u32(offset), Buffer.from([0, 0]), biffString(name, 1)])),
  labelsst: (row: number, col: number, i: number) => record(0x00fd, Buffer.concat([cell(row, col), u32(i)])),
  label: (row: number, col: number, s: string) => record(0x0204, Buffer.concat([cell(row, col), biffString(s)])),
  number: (row: number, col: number, n: number, xf = 0) => record(0x0203, Buffer.concat([cell(row, col, xf), f64(n)])),
  rk: (row: number, col: number, v: Buffer, xf = 0) => record(0x027e, Buffer.concat([cell(row, col, xf), v])),
  mulrk: (row: number, first: number, vs: Buffer[]) => record(0x00bd, Buffer.concat([u16(row), u16(first), ...vs.map((v) => Buffer.concat([u16(0), v])), u16(first + vs.length - 1)])),
  boolerr: (row: number, col: number, v: number, isError: boolean) => record(0x0205, Buffer.concat([cell(row, col), Buffer.from([v, isError ? 1 : 0])])),
  /** A formula whose cached result is a string (given in the STRING record that follows). */
  formulaString: (row: number, col: number, s: string) =>
    Buffer.concat([record(0x0006, Buffer.concat([cell(row, col), Buffer.from([0, 0, 0, 0, 0, 0, 0xff, 0xff]), Buffer.alloc(6)])), record(0x0207, biffString(s))]),
  dbcell: () => record(0x00d7, Buffer.alloc(4)),
  filepass: () => record(0x002f, Buffer.alloc(6)),
};

/**
 * The SST record for `strings`, its data cut into records of at most `max` bytes: a string cut
 * inside its characters goes on after a fresh flags byte, as Excel writes it.
 */
export function sst(strings: string[], max: number): Buffer {
  const out: Buffer[] = [];
  let cur: Buffer[] = [Buffer.concat([u32(strings.length), u32(strings.length)])];
  let len = 8;
  let type = 0x00fc;
  const close = () => {
    out.push(record(type, Buffer.concat(cur)));
    type = 0x003c;
    cur = [];
    len = 0;
  };
  for (const s of strings) {
    if (len + 3 > max) close();
    let flags = chars(s).flags;
    cur.push(u16(s.length), Buffer.from([flags]));
    len += 3;
    let left = s;
    while (left.length) {
      const fit = Math.floor((max - len) / (flags ? 2 : 1));
      if (fit === 0) {
        // the rest goes on in a CONTINUE record, in its own width (Excel switches to one byte
        // per character when the rest is Latin-1)
        close();
        flags = chars(left).flags;
        cur.push(Buffer.from([flags]));
        len = 1;
        continue;
      }
      const piece = left.slice(0, fit);
      const bytes = Buffer.from(piece, flags ? "utf16le" : "latin1");
      cur.push(bytes);
      len += bytes.length;
      left = left.slice(piece.length);
    }
  }
  close();
  return Buffer.concat(out);
}

/** The Workbook stream: globals (formats, styles, sheets, strings) then each sheet's records. */
export function workbookStream(o: { globals?: Buffer[]; sheets: { name: string; records: Buffer[] }[]; version?: number }): Buffer {
  const pre = Buffer.concat([BIFF.bof(0x0005, o.version), ...(o.globals ?? [])]);
  const sheetBytes = o.sheets.map((s) => Buffer.concat([BIFF.bof(0x0010, o.version), ...s.records, BIFF.eof()]));
  const boundLen = o.sheets.reduce((n, s) => n + BIFF.boundsheet(0, s.name).length, 0);
  let offset = pre.length + boundLen + BIFF.eof().length;
  const bounds = o.sheets.map((s, i) => {
    const b = BIFF.boundsheet(offset, s.name);
    offset += sheetBytes[i].length;
    return b;
  });
  return Buffer.concat([pre, ...bounds, BIFF.eof(), ...sheetBytes]);
}

/**
 * An OLE2 compound file (version 3, 512-byte sectors) holding the given streams, each padded to
 * at least 4096 bytes so that it lives in the main FAT. `cycle` makes the first stream's chain
 * loop back on itself and declares it four times longer (a damaged or hostile file).
 */
export function cfbBytes(streams: { name: string; data: Buffer }[], o: { cycle?: boolean } = {}): Buffer {
  const S = 512;
  const padded = streams.map((s) => ({ name: s.name, data: s.data.length >= 4096 ? s.data : Buffer.concat([s.data, Buffer.alloc(4096 - s.data.length)]) }));
  const dirEntries = 1 + padded.length;
  const dirSectors = Math.ceil((dirEntries * 128) / S);
  const dataSectors = padded.map((s) => Math.ceil(s.data.length / S));
  const total = dirSectors + dataSectors.reduce((a, b) => a + b, 0);
  const fatSectors = Math.ceil((total + 8) / (S / 4));
  const fat = new Uint32Array(fatSectors * (S / 4)).fill(0xffffffff);
  let next = 0;
  for (let i = 0; i < fatSectors; i++) fat[next++] = 0xfffffffd;
  const chain = (n: number) => {
    const start = next;
    for (let i = 0; i < n; i++, next++) fat[next] = i === n - 1 ? 0xfffffffe : next + 1;
    return start;
  };
  const dirStart = chain(dirSectors);
  const starts = dataSectors.map((n) => chain(n));
  if (o.cycle) fat[starts[0] + dataSectors[0] - 1] = starts[0];
  const dir = Buffer.alloc(dirSectors * S);
  const entry = (i: number, name: string, type: number, start: number, size: number, child: number, right: number) => {
    const p = i * 128;
    dir.write(name, p, "utf16le");
    dir.writeUInt16LE((name.length + 1) * 2, p + 64);
    dir[p + 66] = type;
    dir[p + 67] = 1;
    dir.writeUInt32LE(0xffffffff, p + 68);
    dir.writeUInt32LE(right, p + 72);
    dir.writeUInt32LE(child, p + 76);
    dir.writeUInt32LE(start, p + 116);
    dir.writeUInt32LE(size, p + 120);
  };
  entry(0, "Root Entry", 5, 0xfffffffe, 0, padded.length ? 1 : 0xffffffff, 0xffffffff);
  padded.forEach((s, i) => entry(i + 1, s.name, 2, starts[i], s.data.length * (o.cycle && i === 0 ? 4 : 1), 0xffffffff, i + 2 <= padded.length ? i + 2 : 0xffffffff));
  const header = Buffer.alloc(S);
  Buffer.from("d0cf11e0a1b11ae1", "hex").copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(fatSectors, 44);
  header.writeUInt32LE(dirStart, 48);
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(0xfffffffe, 60);
  header.writeUInt32LE(0xfffffffe, 68);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : 0xffffffff, 76 + i * 4);
  const fatBytes = Buffer.alloc(fatSectors * S);
  fat.forEach((v, i) => fatBytes.writeUInt32LE(v, i * 4));
  const body = padded.map((s, i) => Buffer.concat([s.data, Buffer.alloc(dataSectors[i] * S - s.data.length)]));
  return Buffer.concat([header, fatBytes, dir, ...body]);
}
