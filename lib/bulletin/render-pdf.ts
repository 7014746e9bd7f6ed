import "server-only";
// The bulletin as a PDF, printed by headless Chromium (the same Debian chromium the tests
// use) from the bulletin page on this very server, with its print CSS (A4). JavaScript is
// off: the server-rendered SVG charts are what prints. Cached per visibility epoch, so a PDF
// is rendered once per release, not per request.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "@/lib/chromium";
import { publicCached } from "@/lib/public/cache";

/** The server's own origin: scripts/serve.ts sets PORT when it listens; else the request's port. */
export function selfOrigin(requestUrl: string): string {
  const port = process.env.PORT || new URL(requestUrl).port || "3000";
  return `http://127.0.0.1:${port}`;
}

async function print(url: string): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    const page = await context.newPage();
    const res = await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    if (!res || res.status() !== 200) throw new Error(`bulletin page answered ${res?.status() ?? "nothing"}`);
    await page.emulateMedia({ media: "print" });
    return await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
  } finally {
    await browser.close();
  }
}

export async function bulletinPdf(origin: string, period: string, lang: "zh" | "en"): Promise<Buffer> {
  const path = `${lang === "en" ? "/en" : ""}/reports/${period}`;
  return publicCached(`bulletin-pdf:${period}:${lang}`, () => print(`${origin}${path}`));
}
