// Decides, from the first bytes, whether a file is text and in which encoding. Order follows
// notes.md §5: BOM first, then strict UTF-8, then GB18030 (a superset of Excel's GBK "ANSI").

export type TextEncoding = "utf-8-bom" | "utf-8" | "gb18030" | "utf-16le" | "utf-16be";
/** xls: any OLE2 compound file (.xls, WPS .et, an encrypted .xlsx); ods: OpenDocument spreadsheet. */
export type BinaryKind = "png" | "jpeg" | "gif" | "pdf" | "zip" | "xlsx" | "xls" | "ods" | "binary";

export type Sniff =
  | { kind: "empty" }
  | { kind: "binary"; what: BinaryKind }
  /** "ascii": no byte ≥ 0x80 yet; the decoder decides at the first one. lossy: UTF-8 with a few bad bytes. */
  | { kind: "text"; encoding: TextEncoding | "ascii"; bom: number; lossy: boolean };

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

function magic(b: Uint8Array): BinaryKind | null {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47])) return "png";
  if (startsWith(b, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38])) return "gif";
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "xls";
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])) {
    // An XLSX is a zip whose entries include [Content_Types].xml and xl/…; an ODS starts with
    // an uncompressed "mimetype" entry naming its type.
    const head = Buffer.from(b.subarray(0, 4096)).toString("latin1");
    if (head.startsWith("mimetypeapplication/vnd.oasis.opendocument.spreadsheet", 30)) return "ods";
    return head.includes("[Content_Types].xml") || head.includes("xl/") ? "xlsx" : "zip";
  }
  return null;
}

export type Utf8Scan = { valid: number; invalid: number };

/** Counts valid multi-byte UTF-8 sequences and invalid bytes; a sequence cut at the end is ignored. */
export function scanUtf8(b: Uint8Array, from = 0): Utf8Scan {
  let valid = 0;
  let invalid = 0;
  let i = from;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (n === 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + n > b.length) break; // cut at the chunk boundary: decide later
    let ok = true;
    for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) ok = false;
    // Overlong and surrogate forms are invalid in strict UTF-8.
    if (ok && c === 0xe0 && b[i + 1] < 0xa0) ok = false;
    if (ok && c === 0xed && b[i + 1] > 0x9f) ok = false;
    if (ok && c === 0xf0 && b[i + 1] < 0x90) ok = false;
    if (ok && c === 0xf4 && b[i + 1] > 0x8f) ok = false;
    if (ok) {
      valid++;
      i += n;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** UTF-8 if clean; UTF-8 (lossy) if mostly valid with a few damaged bytes; otherwise GB18030. */
export function chooseUtf8OrGb(scan: Utf8Scan): { encoding: "utf-8" | "gb18030" | "ascii"; lossy: boolean } {
  if (scan.invalid === 0) return { encoding: scan.valid > 0 ? "utf-8" : "ascii", lossy: false };
  if (scan.valid >= 8 && scan.valid >= 4 * scan.invalid) return { encoding: "utf-8", lossy: true };
  return { encoding: "gb18030", lossy: false };
}

function looksUtf16(b: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(b.length, 1024) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) zeroEven++;
    if (b[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.02) return "utf-16le";
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.02) return "utf-16be";
  return null;
}

/** `complete`: the head is the whole file (a cut sequence at the end is then not excused). */
export function sniffBytes(head: Uint8Array, complete: boolean): Sniff {
  if (head.length === 0) return { kind: "empty" };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) {
    return head.length === 3 ? { kind: "empty" } : { kind: "text", encoding: "utf-8-bom", bom: 3, lossy: false };
  }
  if (startsWith(head, [0xff, 0xfe])) return head.length === 2 ? { kind: "empty" } : { kind: "text", encoding: "utf-16le", bom: 2, lossy: false };
  if (startsWith(head, [0xfe, 0xff])) return head.length === 2 ? { kind: "empty" } : { kind: "text", encoding: "utf-16be", bom: 2, lossy: false };
  const m = magic(head);
  if (m) return { kind: "binary", what: m };
  const u16 = looksUtf16(head);
  if (u16) return { kind: "text", encoding: u16, bom: 0, lossy: false };
  // Text files have no NUL and almost no C0 controls besides tab, CR, LF (and DOS ^Z at the end).
  const n = Math.min(head.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const c = head[i];
    if (c === 0) return { kind: "binary", what: "binary" };
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11 && c !== 0x1a) ctrl++;
  }
  if (ctrl > 0 && ctrl / n > 0.001) return { kind: "binary", what: "binary" };
  const scan = scanUtf8(head);
  if (complete && scan.invalid === 0) {
    // A multi-byte sequence cut by the end of the file is damage, not a chunk boundary.
    const tail = scanUtf8(Buffer.concat([head, Buffer.from([0x20, 0x20, 0x20])]));
    if (tail.invalid > 0) return { kind: "text", encoding: "utf-8", bom: 0, lossy: true };
  }
  const choice = chooseUtf8OrGb(scan);
  return { kind: "text", encoding: choice.encoding, bom: 0, lossy: choice.lossy };
}
