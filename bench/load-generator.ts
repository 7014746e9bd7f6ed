// A small closed-loop HTTP load generator (autocannon is not a dependency): `concurrency`
// workers, each with a keep-alive connection, request the URLs round-robin until a deadline
// and record latency, status and whatever `inspect` says about each body.
import http from "node:http";

export type Sample<T> = { path: string; sent: number; received: number; status: number; info: T };
export type LoadResult<T> = { samples: Sample<T>[]; errors: { path: string; error: string }[]; elapsedMs: number };

// A browser's headers: with `compressed`, the Accept-Encoding of Chrome, and the (compressed)
// body is counted, not decoded; without it, bodies arrive plain for `inspect` to read.
function get(agent: http.Agent, base: URL, path: string, compressed: boolean): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = { "Accept-Language": "zh-CN" };
  if (compressed) headers["Accept-Encoding"] = "gzip, deflate, br, zstd";
  return new Promise((resolve, reject) => {
    const req = http.get({ host: base.hostname, port: base.port, path, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => (compressed ? undefined : chunks.push(c)));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: compressed ? "" : Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error("timeout after 30 s")));
  });
}

export async function runLoad<T>(o: {
  base: string;
  paths: string[];
  concurrency: number;
  until: number;
  /** ask for compressed answers as browsers do (then `inspect` gets an empty body) */
  compressed?: boolean;
  inspect: (path: string, body: string, sent: number, received: number) => T;
}): Promise<LoadResult<T>> {
  const base = new URL(o.base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency });
  const samples: Sample<T>[] = [];
  const errors: LoadResult<T>["errors"] = [];
  const start = Date.now();
  let next = 0;
  const worker = async () => {
    while (Date.now() < o.until) {
      const path = o.paths[next++ % o.paths.length];
      const sent = Date.now();
      try {
        const { status, body } = await get(agent, base, path, o.compressed ?? false);
        const received = Date.now();
        samples.push({ path, sent, received, status, info: o.inspect(path, body, sent, received) });
      } catch (e) {
        errors.push({ path, error: String(e) });
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  agent.destroy();
  return { samples, errors, elapsedMs: Date.now() - start };
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export type Summary = { requests: number; perSecond: number; p50: number; p95: number; p99: number; max: number; non2xx: number };

export function summarise(samples: Sample<unknown>[], elapsedMs: number): Summary {
  const ms = samples.map((s) => s.received - s.sent).sort((a, b) => a - b);
  return {
    requests: samples.length,
    perSecond: Math.round((samples.length / elapsedMs) * 1000),
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: ms.at(-1) ?? NaN,
    non2xx: samples.filter((s) => s.status < 200 || s.status >= 400).length,
  };
}
