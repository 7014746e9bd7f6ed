// Streaming decoder. Multi-byte characters cut at a chunk boundary are carried over; a file that is pure ASCII so far stays undecided until its first
// non-ASCII byte, so a long ASCII head does not force a wrong guess for a GBK tail.
// Invalid bytes become U+FFFD and are counted: the caller reports ENCODING_SUSPECT, never
// silent mojibake.
import iconv from "iconv-lite";
import { chooseUtf8OrGb, scanUtf8, type Sniff, type TextEncoding } from "./sniff";

type Decoder = { write(b: Uint8Array): string; end(): string };

function makeDecoder(encoding: TextEncoding): Decoder {
  if (encoding === "gb18030") return new Gb18030Decoder();
  const label = encoding === "utf-8-bom" ? "utf-8" : encoding;
  const d = new TextDecoder(label, { ignoreBOM: true });
  return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
}

/**
 * iconv-lite's streaming GB18030 decoder loses a four-byte character (𠮷) split over three
 * chunks, so this one only ever hands it whole sequences and carries the cut tail itself.
 */
class Gb18030Decoder implements Decoder {
  private tail: Uint8Array | null = null;

  write(chunk: Uint8Array): string {
    const b = this.tail ? Buffer.concat([this.tail, chunk]) : chunk;
    const n = completeLength(b);
    this.tail = n < b.length ? b.slice(n) : null;
    return n ? iconv.decode(Buffer.from(b.buffer, b.byteOffset, n), "gb18030", { stripBOM: false }) : "";
  }

  end(): string {
    const t = this.tail;
    this.tail = null;
    return t ? iconv.decode(Buffer.from(t), "gb18030", { stripBOM: false }) : "";
  }
}

/** Bytes up to the last complete GB18030 sequence (1, 2 or 4 bytes). */
function completeLength(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x81 || c === 0xff) {
      i++;
      continue;
    }
    if (i + 1 >= n) break;
    const d = b[i + 1];
    if (d >= 0x30 && d <= 0x39) {
      if (i + 3 >= n) break;
      i += 4;
    } else i += 2;
  }
  return i;
}

export class TextDecodeStream {
  /** Replacement characters produced so far (bad bytes, or U+FFFD already in the file). */
  replacements = 0;
  readonly lossy: boolean;
  private enc: TextEncoding | "ascii";
  private dec: Decoder | null = null;
  private pending: Uint8Array | null = null;
  private bomLeft: number;

  constructor(sniff: Extract<Sniff, { kind: "text" }>) {
    this.enc = sniff.encoding;
    this.lossy = sniff.lossy;
    this.bomLeft = sniff.bom;
    if (this.enc !== "ascii") this.dec = makeDecoder(this.enc);
  }

  /** The encoding used (a pure-ASCII file reports utf-8). */
  get encoding(): TextEncoding {
    return this.enc === "ascii" ? "utf-8" : this.enc;
  }

  write(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.bomLeft > 0) {
      const cut = Math.min(this.bomLeft, bytes.length);
      bytes = bytes.subarray(cut);
      this.bomLeft -= cut;
    }
    return this.count(this.dec ? this.dec.write(bytes) : this.writeAscii(bytes));
  }

  end(): string {
    let out = "";
    if (this.pending) {
      // A lone cut sequence at the very end: decode it as UTF-8, which marks it U+FFFD.
      this.decide("utf-8");
      out += this.dec!.write(this.pending);
      this.pending = null;
    }
    if (this.dec) out += this.dec.end();
    return this.count(out);
  }

  private writeAscii(chunk: Uint8Array): string {
    const bytes = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = null;
    let i = 0;
    while (i < bytes.length && bytes[i] < 0x80) i++;
    if (i === bytes.length) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    const scan = scanUtf8(bytes, i);
    if (scan.valid === 0 && scan.invalid === 0) {
      // Only a cut sequence so far: emit the ASCII part, keep the rest for the next chunk.
      this.pending = bytes.slice(i);
      return Buffer.from(bytes.buffer, bytes.byteOffset, i).toString("latin1");
    }
    this.decide(chooseUtf8OrGb(scan).encoding === "gb18030" ? "gb18030" : "utf-8");
    return this.dec!.write(bytes);
  }

  private decide(enc: TextEncoding): void {
    if (this.dec) return;
    this.enc = enc;
    this.dec = makeDecoder(enc);
  }

  private count(s: string): string {
    let at = s.indexOf("\uFFFD");
    while (at >= 0) {
      this.replacements++;
      at = s.indexOf("\uFFFD", at + 1);
    }
    return s;
  }
}
