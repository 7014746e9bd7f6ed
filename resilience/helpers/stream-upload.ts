// An upload streamed from disk with node:http, as a script pushing a large export would: the
// request is in flight (not buffered in memory) while the server stages it, so the test can
// kill the server half-way.
import { createReadStream, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";

export type InFlightUpload = { finished: Promise<{ status: number | null; error: string | null }> };

export function streamUpload(base: string, tok: string, file: string): InFlightUpload {
  const boundary = `----resilience${Date.now()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${path.basename(file)}"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const url = new URL("/api/v1/batches", base);
  const finished = new Promise<{ status: number | null; error: string | null }>((resolve) => {
    const req = http.request(url, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${tok}`,
        "Content-Type": `multipart/form-data; boundary=${boundary}`,
        "Content-Length": head.length + statSync(file).size + tail.length,
      },
    });
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? null, error: null }));
      res.on("error", (e) => resolve({ status: res.statusCode ?? null, error: String(e) }));
    });
    req.on("error", (e) => resolve({ status: null, error: String(e) })); // expected when the server is killed
    req.write(head);
    const body = createReadStream(file, { highWaterMark: 256 * 1024 });
    body.on("end", () => req.end(tail));
    body.pipe(req, { end: false });
  });
  return { finished };
}

export type HeldUpload = InFlightUpload & { finish: () => void };

/**
 * An upload sent in two parts, as a slow line from a district office would: `first` goes at
 * once, `rest` only when the test calls finish(), so the server holds the staging open between.
 */
export function heldUpload(base: string, tok: string, fileName: string, first: string, rest: string): HeldUpload {
  const boundary = `----held${Date.now()}${Math.random().toString(36).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const a = Buffer.from(first);
  const b = Buffer.from(rest);
  const req = http.request(new URL("/api/v1/batches", base), {
    method: "POST",
    headers: {
      Authorization: `Bearer ${tok}`,
      "Content-Type": `multipart/form-data; boundary=${boundary}`,
      "Content-Length": head.length + a.length + b.length + tail.length,
    },
  });
  const finished = new Promise<{ status: number | null; error: string | null }>((resolve) => {
    req.on("response", (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? null, error: null }));
      res.on("error", (e) => resolve({ status: res.statusCode ?? null, error: String(e) }));
    });
    req.on("error", (e) => resolve({ status: null, error: String(e) }));
  });
  req.write(Buffer.concat([head, a]));
  return { finished, finish: () => req.end(Buffer.concat([b, tail])) };
}
