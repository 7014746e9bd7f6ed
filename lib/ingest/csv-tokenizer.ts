// Streaming CSV tokenizer (RFC 4180, lenient like Excel). Hand-written rather than papaparse
// because the report needs the physical line on which each record starts, as an editor
// numbers it: a quoted cell holding line breaks shifts every later line number. CRLF, LF and
// a lone CR each end one line. A record cut by a chunk boundary is re-read with the next
// chunk; memory per record is bounded by maxRecordChars.
import { IngestAbort } from "./report";

export type RawRecord = { line: number; fields: string[] };

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvTokenizer {
  private tail = "";
  private line = 1;
  private readonly delim: number;

  constructor(
    delimiter: string,
    private readonly maxRecordChars = 1_000_000,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  /** Appends the complete records of `chunk` (plus what was carried over) to `out`. */
  push(chunk: string, out: RawRecord[]): void {
    this.parse(this.tail.length ? this.tail + chunk : chunk, false, out);
  }

  /** Flushes the last record (a file need not end with a newline). */
  end(out: RawRecord[]): void {
    if (this.tail.length) this.parse(this.tail, true, out);
    this.tail = "";
  }

  private parse(text: string, final: boolean, out: RawRecord[]): void {
    const n = text.length;
    const d = this.delim;
    let pos = 0;
    let line = this.line;
    let lineAtPos = line; // line of the record starting at pos (an unfinished record restarts there)
    records: while (pos < n) {
      const fields: string[] = [];
      const startLine = line;
      let i = pos;
      for (;;) {
        let field: string;
        if (i < n && text.charCodeAt(i) === QUOTE) {
          // Quoted field: "" is an escaped quote; line breaks inside count as lines.
          let buf = "";
          let seg = i + 1;
          let k = seg;
          for (;;) {
            const qi = text.indexOf('"', k);
            if (qi < 0 || (qi + 1 >= n && !final)) {
              if (final) throw new IngestAbort("UNCLOSED_QUOTE", {}, startLine);
              break records; // need more text
            }
            if (qi + 1 < n && text.charCodeAt(qi + 1) === QUOTE) {
              buf += text.slice(seg, qi + 1);
              k = seg = qi + 2;
              continue;
            }
            buf += text.slice(seg, qi);
            i = qi + 1;
            break;
          }
          line += countBreaks(buf);
          // Excel never writes text after a closing quote; keep it literally if a person did.
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === d || c === LF || c === CR) break;
            j++;
          }
          field = j > i ? buf + text.slice(i, j) : buf;
          i = j;
        } else {
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === d || c === LF || c === CR) break;
            j++;
          }
          field = text.slice(i, j);
          i = j;
        }
        if (i >= n) {
          if (!final) break records;
          fields.push(field);
          out.push({ line: startLine, fields });
          pos = n;
          lineAtPos = line;
          break records;
        }
        fields.push(field);
        const c = text.charCodeAt(i);
        if (c === d) {
          i++;
          if (i >= n && final) {
            fields.push("");
            out.push({ line: startLine, fields });
            pos = n;
            lineAtPos = line;
            break records;
          }
          continue;
        }
        // End of line: CRLF, LF or a lone CR. A CR at the end of the text may be half a CRLF.
        if (c === CR) {
          if (i + 1 >= n && !final) break records;
          i += i + 1 < n && text.charCodeAt(i + 1) === LF ? 2 : 1;
        } else i++;
        line++;
        out.push({ line: startLine, fields });
        pos = i;
        lineAtPos = line;
        continue records;
      }
    }
    this.tail = pos < n ? text.slice(pos) : "";
    this.line = lineAtPos;
    if (this.tail.length > this.maxRecordChars) {
      throw new IngestAbort(text.charCodeAt(pos) === QUOTE || this.tail.includes('"') ? "UNCLOSED_QUOTE" : "CELL_TOO_LONG", { found: this.tail.length, limit: this.maxRecordChars }, this.line);
    }
  }
}

function countBreaks(s: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) k++;
    else if (c === CR && s.charCodeAt(i + 1) !== LF) k++;
  }
  return k;
}
