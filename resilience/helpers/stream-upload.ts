// Uploads sent with node:http as the bytes come, not buffered in memory: a script pushing a
// large export from disk (the test can kill the server half-way), or a slow line that sends
// half a file and waits (the server holds the staging open meanwhile).
import { createReadStream, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";

type Outcome = { status: number | null; error: string | null };
export type InFlightUpload = { finished: Promise<Outcome> };
export type HeldUpload = InFlightUpload & { finish: () => void };

/** The POST of one multipart file field of `size` bytes; its head and tail are written by the caller around the file. */
function uploadRequest(base: string, tok: string, fileName: string, size: number) {
  const boundary = `----resilience${Date.now()}${Math.random().toString(36).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const req = http.request(new URL("/api/v1/batches", base), {
    method: "POST",
    headers: { Authorization: `Bearer ${tok}`, "Content-Type": `multipart/form-data; boundary=${boundary}`, "Content-Length": head.length + size + tail.length },
  });
  const finished = new Promise<Outcome>((resolve) => {
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? null, error: null }));
      res.on("error", (e) => resolve({ status: res.statusCode ?? null, error: String(e) }));
    });
    req.on("error", (e) => resolve({ status: null, error: String(e) })); // expected when the server is killed
  });
  return { req, head, tail, finished };
}

export function streamUpload(base: string, tok: string, file: string): InFlightUpload {
  const { req, head, tail, finished } = uploadRequest(base, tok, path.basename(file), statSync(file).size);
  req.write(head);
  const body = createReadStream(file, { highWaterMark: 256 * 1024 });
  body.on("end", () => req.end(tail));
  body.pipe(req, { end: false });
  return { finished };
}

/** `first` goes at once, `rest` only when the test calls finish(). */
export function heldUpload(base: string, tok: string, fileName: string, first: string, rest: string): HeldUpload {
  const a = Buffer.from(first);
  const b = Buffer.from(rest);
  const { req, head, tail, finished } = uploadRequest(base, tok, fileName, a.length + b.length);
  req.write(Buffer.concat([head, a]));
  return { finished, finish: () => req.end(Buffer.concat([b, tail])) };
}
