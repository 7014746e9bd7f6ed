// Counts and hashes the raw bytes in the same pass that parses them, and stops the read as
// soon as the size limit is passed (so a 2 GB upload is refused after 50 MB, not at the end).
import { createHash, type Hash } from "node:crypto";
import { IngestAbort } from "./report";

export class ByteMeter {
  bytes = 0;
  private readonly hash: Hash = createHash("sha256");

  constructor(private readonly maxBytes: number) {}

  add(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) throw new IngestAbort("TOO_LARGE", { limit: formatBytes(this.maxBytes) });
    this.hash.update(chunk);
  }

  /** sha256 hex of everything added; call once, after the last chunk. */
  digest(): string {
    return this.hash.digest("hex");
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

/** Normalises web/Node chunks (Buffer, Uint8Array, even strings) to Uint8Array. */
export function asBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === "string") return Buffer.from(chunk, "utf8");
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  throw new TypeError("ingest: byte source yielded a non-binary chunk");
}
