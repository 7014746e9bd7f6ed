import "server-only";
import { Readable } from "node:stream";
import busboy from "busboy";

export type IncomingFile = {
  stream: Readable;
  fileName: string;
  /** Fields sent before the file part (known when the file starts). */
  fields: Record<string, string>;
  /**
   * Every field of the form, before or after the file (`curl -F file=@x.csv -F dryRun=true`
   * sends dryRun last). Resolves once the whole form has been read, which happens only after
   * the file stream has been read to its end; rejects when the form is cut short, since a
   * field lost with it (dryRun) must not be guessed.
   */
  allFields: Promise<Record<string, string>>;
  /** the multipart error that cut the file short (unterminated form, client gone), if any */
  error: () => Error | null;
  /**
   * Reads and discards what is left of the request (at most `waitMs`), so that an answer
   * given before the whole upload was read (a file refused at line 1) reaches the client on a
   * connection that stays usable, instead of a reset.
   */
  drain: (waitMs?: number) => Promise<void>;
};

/** A client that sends nothing for this long while we wait for it loses the upload (and its transaction). */
export const UPLOAD_IDLE_MS = 30_000;

// U+0000 cannot be stored in PostgreSQL text, and no control character belongs in a name
const CONTROL = /[\u0000-\u001f\u007f]/g;

/**
 * The first file of a multipart request, as a stream: the upload is never held in memory
 * whole. Fields sent before the file (dryRun, sheet) come with it, and `allFields` adds those
 * sent after it once the form has been read to its end; a file over `maxBytes`
 * is cut one byte past the limit, so that the reader reports it as too large. A form that
 * ends early or a request that fails destroys the file stream with the error, so that the
 * reader fails at once rather than wait (holding its database transaction) forever.
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
    const source = Readable.fromWeb(req.body as import("node:stream/web").ReadableStream);
    source.on("error", (e) => bb.destroy(e)); // the client went away mid-upload
    const sourceDone = new Promise<void>((done) => {
      source.on("end", done);
      source.on("close", done);
      source.on("error", () => done());
    });
    const fields: Record<string, string> = {};
    let file: Readable | null = null;
    let failure: Error | null = null;
    const finished = new Promise<void>((done) => {
      bb.on("close", done);
      bb.on("error", () => done());
    });
    const allFields = new Promise<Record<string, string>>((done, fail) => {
      bb.on("close", () => done(fields));
      bb.on("error", fail);
    });
    // nobody awaits it when the file is refused early: that must not be an unhandled rejection
    allFields.catch(() => {});
    bb.on("field", (name, value) => (fields[name] = value.replace(CONTROL, "")));
    bb.on("file", (name, stream, info) => {
      // busboy destroys every file stream with the form's error ("Unexpected end of form"): a
      // stream nobody listens to would make that an uncaught exception. The reader of the kept
      // stream sees the error through its own iteration, and `failure` records it.
      stream.on("error", () => {});
      if (name !== "file" || file) return stream.resume();
      file = stream;
      // busboy reports names in latin1 unless told otherwise; browsers send UTF-8
      const fileName = Buffer.from(info.filename ?? "", "latin1").toString("utf8").replace(CONTROL, "").trim() || "upload.csv";
      resolve({
        stream,
        fileName,
        fields: { ...fields },
        allFields,
        error: () => failure,
        drain: async (waitMs = 10_000) => {
          // the reader may have stopped early (and busboy with it): discard the rest at the source
          stream.resume();
          source.unpipe(bb);
          source.resume();
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([sourceDone, new Promise<void>((r) => (timer = setTimeout(r, waitMs)))]);
          clearTimeout(timer);
        },
      });
    });
    bb.on("close", () => !file && resolve(null));
    bb.on("error", (e: Error) => {
      failure = e;
      if (file) file.destroy(e);
      else reject(e);
    });
    // a stalled client would hold a database connection and an open transaction: give up on
    // it, but only while we are waiting for it (not while our own reader applies backpressure)
    let lastData = Date.now();
    source.on("data", () => (lastData = Date.now()));
    const watchdog = setInterval(() => {
      if (source.readableFlowing && Date.now() - lastData > UPLOAD_IDLE_MS) bb.destroy(new Error(`no data for ${UPLOAD_IDLE_MS / 1000} s`));
    }, 1_000);
    watchdog.unref();
    void Promise.race([finished, sourceDone]).then(() => clearInterval(watchdog));
    source.pipe(bb);
  });
}
