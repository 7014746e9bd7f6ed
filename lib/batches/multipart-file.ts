import "server-only";
import { Readable } from "node:stream";
import busboy from "busboy";

export type IncomingFile = { stream: Readable; fileName: string; fields: Record<string, string> };

/**
 * The first file of a multipart request, as a stream: the upload is never held in memory
 * whole. Fields sent before the file (dryRun, sheet) come with it; a file over `maxBytes`
 * is cut one byte past the limit, so that the reader reports it as too large.
 */
export function readMultipartFile(req: Request, maxBytes: number): Promise<IncomingFile | null> {
  return new Promise((resolve, reject) => {
    const type = req.headers.get("content-type") ?? "";
    if (!type.startsWith("multipart/form-data") || !req.body) return resolve(null);
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: { "content-type": type }, limits: { files: 1, fileSize: maxBytes + 1, fields: 20, fieldSize: 1024 } });
    } catch {
      return resolve(null); // malformed multipart header (no boundary)
    }
    const fields: Record<string, string> = {};
    let settled = false;
    bb.on("field", (name, value) => (fields[name] = value));
    bb.on("file", (name, stream, info) => {
      if (name !== "file" || settled) return stream.resume();
      settled = true;
      // busboy reports names in latin1 unless told otherwise; browsers send UTF-8
      const fileName = Buffer.from(info.filename ?? "upload.csv", "latin1").toString("utf8");
      resolve({ stream, fileName, fields });
    });
    bb.on("close", () => !settled && resolve(null));
    bb.on("error", (e) => (settled ? undefined : reject(e)));
    Readable.fromWeb(req.body as import("node:stream/web").ReadableStream).pipe(bb);
  });
}
