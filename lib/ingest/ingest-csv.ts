// Entry point for CSV / "Unicode text" uploads: one streaming pass over the raw bytes that
// hashes them, enforces the size limit, detects the encoding and delimiter, tokenizes,
// validates and hands rows to the sink in batches. Memory stays bounded: only the duplicate-key
// map and the capped quality summary grow with the file.
import { asBytes, ByteMeter } from "./byte-meter";
import { Catalogue } from "./catalogue";
import { CsvTokenizer, type RawRecord } from "./csv-tokenizer";
import { TextDecodeStream } from "./decode-stream";
import { detectDelimiter } from "./delimiter";
import { resolveLimits } from "./limits";
import { IngestAbort, ReportBuilder } from "./report";
import { sniffBytes } from "./sniff";
import { TableReader } from "./table-reader";
import type { ByteSource, IngestContext, IngestOptions, IngestOutcome, RowSink } from "./types";

/** Bytes looked at before deciding encoding and delimiter. */
const HEAD_BYTES = 64 * 1024;

export async function ingestCsv(source: ByteSource, ctx: IngestContext, sink: RowSink, opts: IngestOptions = {}): Promise<IngestOutcome> {
  const limits = resolveLimits(ctx.limits);
  const rb = new ReportBuilder(ctx.locale, limits);
  const cat = new Catalogue(ctx);
  const meter = new ByteMeter(limits.maxBytes);
  const table = new TableReader(cat, rb, limits, sink, opts.batchSize ?? 5000);
  // Mutable reading state (an object so that the closures below and the loop share it).
  const st: { decoder: TextDecodeStream | null; tokenizer: CsvTokenizer | null; delimiter: string | null } = {
    decoder: null,
    tokenizer: null,
    delimiter: null,
  };
  let checksum: string | null = null;
  let head: Uint8Array[] = [];
  let headLen = 0;
  let stop = false;
  const records: RawRecord[] = [];

  const feed = async (text: string, final: boolean) => {
    const decoder = st.decoder!;
    if (!st.tokenizer) {
      st.delimiter = detectDelimiter(text, decoder.encoding.startsWith("utf-16"));
      st.tokenizer = new CsvTokenizer(st.delimiter, limits.maxCellChars * 4 + 1024);
    }
    if (decoder.replacements > 0 && !table.replacementLine) table.lookForReplacement = true;
    st.tokenizer.push(text, records);
    if (final) st.tokenizer.end(records);
    await table.push(records);
    records.length = 0;
  };

  /** Sniffs the head; false when the file is not text (reported) and reading should stop. */
  const start = async (complete: boolean): Promise<boolean> => {
    const bytes = head.length === 1 ? head[0] : Buffer.concat(head);
    head = [];
    const sniff = sniffBytes(bytes, complete);
    if (sniff.kind === "empty") {
      rb.error(0, null, "EMPTY_FILE");
      return false;
    }
    if (sniff.kind === "binary") {
      rb.error(0, null, "NOT_TEXT", { kind: sniff.what });
      return false;
    }
    st.decoder = new TextDecodeStream(sniff);
    await feed(st.decoder.write(bytes), false);
    return true;
  };

  try {
    for await (const raw of source) {
      if (opts.signal?.aborted) throw opts.signal.reason ?? new Error("aborted");
      const chunk = asBytes(raw);
      meter.add(chunk);
      if (!st.decoder) {
        head.push(chunk);
        headLen += chunk.length;
        if (headLen >= HEAD_BYTES && !(await start(false))) {
          stop = true;
          break;
        }
      } else {
        await feed(st.decoder.write(chunk), false);
      }
      opts.onProgress?.({ bytes: meter.bytes, rows: table.rows });
    }
    if (!stop) {
      checksum = meter.digest();
      if (st.decoder || (await start(true))) {
        const d = st.decoder!;
        await feed(d.end(), true);
        await table.end();
        encodingChecks(table, cat, rb, d);
      }
    }
  } catch (e) {
    if (!(e instanceof IngestAbort)) throw e;
    rb.error(e.line, null, e.code, e.params);
  }
  const report = rb.finish({
    format: "csv",
    checksum,
    bytes: meter.bytes,
    encoding: st.decoder?.encoding ?? null,
    delimiter: st.delimiter,
    layout: table.plan?.layout ?? null,
    sheet: null,
    rows: table.rows,
  });
  return { report, quality: { rows: table.quality, truncated: table.qualityTruncated } };
}

/** Never silent mojibake: undecodable bytes, or names that look garbled, say so. */
function encodingChecks(table: TableReader, cat: Catalogue, rb: ReportBuilder, d: TextDecodeStream): void {
  if (d.replacements > 0) {
    const reason = d.encoding === "utf-8" && !d.lossy ? "mixed" : "replacement";
    rb.error(table.replacementLine, null, "ENCODING_SUSPECT", { encoding: d.encoding, reason, count: d.replacements });
    return;
  }
  const v = cat.watch.verdict();
  if (v) {
    rb.error(v.line, null, "ENCODING_SUSPECT", { encoding: d.encoding, reason: "names", sample: v.text.slice(0, 40) });
    return;
  }
  // No header found: judge the first line itself (a garbled header matches no keyword).
  const first = table.firstRecord;
  if (!table.plan && first) {
    const text = first.fields.join("");
    if (/[^\x00-\x7f]/.test(text) && cat.watch.foreign(text) >= 0.5) {
      rb.error(first.line, null, "ENCODING_SUSPECT", { encoding: d.encoding, reason: "names", sample: text.slice(0, 40) });
    }
  }
}
