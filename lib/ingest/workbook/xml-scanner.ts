// A small push XML scanner for the parts of a workbook (sheet XML, shared strings, styles,
// OpenDocument content.xml), fed text chunk by chunk so that no part is ever held whole.
// It is strict where an attacker would push: no DOCTYPE (so no entity can be declared or
// expand: billion laughs), only the five predefined and numeric entities, nesting and one text
// node capped, an unfinished tag or comment capped. Element and attribute names reach the
// handler without their namespace prefix (writers differ: <x:row> and <row> are one thing);
// attributes too, unless `qualified` is set (OpenDocument has office:value-type beside
// calcext:value-type, which must not be confused).
import type { WorkbookKind } from "./workbook-errors";
import { invalid } from "./workbook-errors";

export type Attrs = Record<string, string>;

export type XmlHandler = {
  open(name: string, attrs: Attrs): void;
  close(name: string): void;
  /** Text (entities decoded) since the previous tag, only while `captureText` is set. */
  text(s: string): void;
};

export type XmlCaps = { maxDepth: number; maxText: number; maxToken: number; qualified?: boolean };

/** Deeper than any spreadsheet part; one cell's text (Excel's limit is 32,767); one tag or comment. */
export const XML_CAPS: XmlCaps = { maxDepth: 100, maxText: 32_767, maxToken: 1 << 20 };

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export class XmlScanner {
  /** Set by the handler while the text of the current element matters (<v>, <t>, <text:p>). */
  captureText = false;
  private rest = "";
  private pieces: string[] = [];
  private textLength = 0;
  private readonly stack: string[] = [];

  constructor(
    private readonly h: XmlHandler,
    private readonly kind: WorkbookKind,
    private readonly part: string,
    private readonly caps: XmlCaps = XML_CAPS,
  ) {}

  write(chunk: string): void {
    const s = this.rest ? this.rest + chunk : chunk;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        // keep an entity cut by the chunk boundary for the next chunk
        const amp = s.lastIndexOf("&");
        const cut = amp >= i && s.indexOf(";", amp) < 0 ? amp : n;
        this.addText(s, i, cut);
        i = cut;
        break;
      }
      if (lt > i) this.addText(s, i, lt);
      const next = this.tag(s, lt);
      if (next < 0) {
        i = lt;
        break;
      }
      i = next;
    }
    this.rest = i < n ? s.slice(i) : "";
    if (this.rest.length > this.caps.maxToken) throw this.bad("xml");
  }

  /** The part ended: anything unfinished means it was cut short. */
  end(): void {
    if (this.rest.trim() || this.stack.length) throw this.bad("xml");
  }

  private bad(reason: "xml" | "dtd" | "depth" | "text") {
    return invalid(this.kind, reason, this.part);
  }

  private addText(s: string, from: number, to: number): void {
    if (!this.captureText || to <= from) return;
    const raw = s.slice(from, to);
    this.pushText(raw.includes("&") ? this.decode(raw) : raw);
  }

  private pushText(t: string): void {
    this.textLength += t.length;
    if (this.textLength > this.caps.maxText) throw this.bad("text");
    this.pieces.push(t);
  }

  private flushText(): void {
    if (this.pieces.length === 0) return;
    const t = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join("");
    this.pieces = [];
    this.textLength = 0;
    this.h.text(t);
  }

  /** Handles the markup starting at `lt`; returns the index after it, or -1 if it is not complete yet. */
  private tag(s: string, lt: number): number {
    const n = s.length;
    if (lt + 1 >= n) return -1;
    const c = s.charCodeAt(lt + 1);
    if (c === 0x2f /* / */) {
      const gt = s.indexOf(">", lt + 2);
      if (gt < 0) return -1;
      const name = s.slice(lt + 2, gt).trim();
      if (this.stack.pop() !== name) throw this.bad("xml");
      this.flushText();
      this.h.close(local(name));
      return gt + 1;
    }
    if (c === 0x21 /* ! */) {
      if (s.startsWith("<!--", lt)) {
        const e = s.indexOf("-->", lt + 4);
        return e < 0 ? -1 : e + 3;
      }
      if (n - lt < 9) return -1;
      if (s.startsWith("<![CDATA[", lt)) {
        const e = s.indexOf("]]>", lt + 9);
        if (e < 0) return -1;
        if (this.captureText) this.pushText(s.slice(lt + 9, e));
        return e + 3;
      }
      throw this.bad("dtd"); // <!DOCTYPE, <!ENTITY: never written by a spreadsheet program
    }
    if (c === 0x3f /* ? */) {
      const e = s.indexOf("?>", lt + 2);
      return e < 0 ? -1 : e + 2;
    }
    let j = lt + 1;
    while (j < n && !isNameEnd(s.charCodeAt(j))) j++;
    if (j >= n) return -1;
    const name = s.slice(lt + 1, j);
    if (!name) throw this.bad("xml");
    const attrs: Attrs = {};
    let empty = false;
    for (;;) {
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      const ch = s.charCodeAt(j);
      if (ch === 0x3e /* > */) {
        j++;
        break;
      }
      if (ch === 0x2f /* / */) {
        if (j + 1 >= n) return -1;
        if (s.charCodeAt(j + 1) !== 0x3e) throw this.bad("xml");
        j += 2;
        empty = true;
        break;
      }
      const eq = s.indexOf("=", j);
      if (eq < 0) return -1;
      const aname = s.slice(j, eq).trim();
      if (!aname || aname.includes("<") || aname.includes(">")) throw this.bad("xml");
      let k = eq + 1;
      while (k < n && isSpace(s.charCodeAt(k))) k++;
      if (k >= n) return -1;
      const q = s[k];
      if (q !== '"' && q !== "'") throw this.bad("xml");
      const close = s.indexOf(q, k + 1);
      if (close < 0) return -1;
      if (!aname.startsWith("xmlns")) {
        const v = s.slice(k + 1, close);
        attrs[this.caps.qualified ? aname : local(aname)] = v.includes("&") ? this.decode(v) : v;
      }
      j = close + 1;
    }
    this.flushText();
    const ln = local(name);
    if (empty) {
      this.h.open(ln, attrs);
      this.h.close(ln);
    } else {
      this.stack.push(name);
      if (this.stack.length > this.caps.maxDepth) throw this.bad("depth");
      this.h.open(ln, attrs);
    }
    return j;
  }

  private decode(raw: string): string {
    return raw.replace(/&([^;&\s]{1,10});/g, (_, e: string) => {
      if (e[0] !== "#") {
        const v = ENTITIES[e];
        if (v === undefined) throw this.bad("dtd"); // an entity nobody declared (none can be)
        return v;
      }
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      if (!Number.isInteger(cp) || cp < 0 || cp > 0x10ffff) throw this.bad("xml");
      return String.fromCodePoint(cp);
    });
  }
}

function local(name: string): string {
  const c = name.indexOf(":");
  return c < 0 ? name : name.slice(c + 1);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x3e || c === 0x2f;
}

/**
 * Feeds the inflated bytes of a part to a scanner, decoding UTF-8 (or UTF-16 after its BOM);
 * `after` runs after each chunk (the sheet reader hands its finished rows on there, awaited).
 */
export async function scanPart(chunks: AsyncIterable<Buffer>, scanner: XmlScanner, after?: () => Promise<void> | void): Promise<void> {
  let dec: TextDecoder | null = null;
  for await (const b of chunks) {
    dec ??= new TextDecoder(b[0] === 0xff && b[1] === 0xfe ? "utf-16le" : b[0] === 0xfe && b[1] === 0xff ? "utf-16be" : "utf-8");
    scanner.write(dec.decode(b, { stream: true }));
    if (after) await after();
  }
  if (dec) scanner.write(dec.decode());
  scanner.end();
  if (after) await after();
}
