// What the two public sweeps (confidential-sweep, embargo-sweep) read: each public address's
// text as a reader's tool sees it, searched for figures that must not (or must) be there.
import { execFileSync } from "node:child_process";
import type { APIRequestContext } from "@playwright/test";
import ExcelJS from "exceljs";

/** GET, waiting out the open API's rate limit (429 with Retry-After): a 429's body holds no figure, so a sweep that counted it would pass without reading. */
async function get(api: APIRequestContext, url: string) {
  for (let attempt = 0; ; attempt++) {
    const res = await api.get(url, { maxRedirects: 0, timeout: 60_000 });
    if (res.status() !== 429 || attempt === 10) return res;
    await new Promise((r) => setTimeout(r, 1000 * Number(res.headers()["retry-after"] ?? 1)));
  }
}

/** An answer's text: a workbook's cells (ExcelJS), a PDF's text (poppler's pdftotext), else the body. */
export async function publicText(api: APIRequestContext, url: string): Promise<{ status: number; body: string }> {
  const res = await get(api, url);
  const type = res.headers()["content-type"] ?? "";
  if (type.includes("spreadsheetml")) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.text)))));
    return { status: res.status(), body: cells.join("\n") };
  }
  if (type.includes("application/pdf")) {
    return { status: res.status(), body: execFileSync("pdftotext", ["-enc", "UTF-8", "-", "-"], { input: await res.body() }).toString("utf8") };
  }
  return { status: res.status(), body: await res.text() };
}

export type SweepResult = { found: string[]; errors: string[]; bodies: string };

/**
 * Reads every address (a few at once: the server renders one page while the database answers
 * another's query, so a sweep of hundreds of pages does not wait on each in turn) and lists
 * "<url> shows <mark>" for each mark found, and "<url> answered <status>" for each 5xx (or a rate limit not lifted). The
 * marks may depend on the address (the embargo sweep looks for the period in data answers
 * only). Results keep the order of `urls`.
 */
export async function sweep(api: APIRequestContext, urls: string[], marks: string[] | ((url: string) => string[]), concurrency = 4): Promise<SweepResult> {
  const marksOf = typeof marks === "function" ? marks : () => marks;
  const results: { found: string[]; error?: string; body: string }[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      const url = urls[i];
      const { status, body } = await publicText(api, url);
      results[i] = {
        found: marksOf(url).filter((m) => body.includes(m)).map((m) => `${url} shows ${m}`),
        error: status >= 500 || status === 429 ? `${url} answered ${status}` : undefined,
        body,
      };
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  return {
    found: results.flatMap((r) => r.found),
    errors: results.flatMap((r) => (r.error ? [r.error] : [])),
    bodies: results.map((r) => r.body).join("\n"),
  };
}
