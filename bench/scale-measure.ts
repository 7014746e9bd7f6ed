// What bench:scale times: one request (the first after a release: the epoch changed, every
// cache under it is empty), the steady state (p95 of sequential requests once cached), a
// paged API read followed to its last page, and the server's memory from /proc.
import { readFileSync } from "node:fs";
import { groupMembers } from "../resilience/helpers/app-process";

export type Target = { name: string; path: string; group: "public" | "staff"; headers?: Record<string, string>; pages?: boolean; sitemap?: boolean };

/**
 * One GET, body read to the end; following the Link rel="next" pages when `pages` is set, and
 * every page a sitemap index lists when `sitemap` is set (as a crawler reads it).
 */
export async function timeGet(base: string, t: Target): Promise<{ ms: number; status: number; pages: number }> {
  const start = performance.now();
  let path: string | null = t.path;
  let status = 0;
  let pages = 0;
  const queue: string[] = [];
  while (path) {
    const res: Response = await fetch(`${base}${path}`, { headers: { "Accept-Language": "zh-CN", ...t.headers } });
    const bytes = await res.arrayBuffer();
    status = res.status;
    if (res.status !== 200) throw new Error(`${t.name}: ${path} answered ${res.status}`);
    if (t.sitemap && pages === 0) queue.push(...[...new TextDecoder().decode(bytes).matchAll(/<sitemap><loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
    pages++;
    const next = t.pages ? /<([^>]+)>;\s*rel="next"/.exec(res.headers.get("link") ?? "") : null;
    path = next ? next[1] : (queue.shift() ?? null);
  }
  return { ms: performance.now() - start, status, pages };
}

export async function p95(base: string, t: Target, n: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push((await timeGet(base, t)).ms);
  times.sort((a, b) => a - b);
  return times[Math.min(times.length - 1, Math.ceil(0.95 * times.length) - 1)];
}

/** The largest resident set (and its peak) of the app's processes (the Next server is one of them). */
export function appMemory(pgid: number): { rssMb: number; peakMb: number } {
  let rss = 0;
  let peak = 0;
  for (const pid of groupMembers(pgid)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      rss = Math.max(rss, kb("VmRSS"));
      peak = Math.max(peak, kb("VmHWM"));
    } catch {
      // gone
    }
  }
  return { rssMb: Math.round(rss / 1024), peakMb: Math.round(peak / 1024) };
}
