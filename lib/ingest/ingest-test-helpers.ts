// Test helper: run ingestCsv on a string (UTF-8 or another encoding) and summarise the report.
import iconv from "iconv-lite";
import { ingestCsv } from "./ingest-csv";
import { chunked, collect, testContext } from "./test-catalogue";
import type { IngestContext, IngestOptions, IngestReport } from "./types";

export type RunOptions = { encoding?: string; bom?: boolean; chunk?: number; ctx?: Partial<IngestContext>; opts?: IngestOptions };

export function encode(text: string, o: RunOptions = {}): Buffer {
  const body = o.encoding ? iconv.encode(text, o.encoding) : Buffer.from(text, "utf8");
  return o.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

export async function runCsv(input: string | Uint8Array, o: RunOptions = {}) {
  const bytes = typeof input === "string" ? encode(input, o) : input;
  return collect((sink) => ingestCsv(chunked(bytes, o.chunk ?? 64 * 1024), testContext(o.ctx), sink, o.opts));
}

/** [line, code] of every error, in report order. */
export const codes = (r: IngestReport) => r.errors.map((e) => [e.line, e.code] as [number, string]);
export const warningCodes = (r: IngestReport) => r.warnings.map((w) => w.code);

/** A long-layout file: header line plus data lines. */
export const long = (...rows: string[]) => ["指标代码,地区,时期,数值,标志,备注", ...rows].join("\r\n") + "\r\n";
