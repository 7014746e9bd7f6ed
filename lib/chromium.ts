import { existsSync } from "node:fs";

// Debian's chromium, as every headless use here launches it (bulletin PDFs, Playwright,
// Lighthouse): no sandbox as root, and nothing that reaches for the network on its own.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** Whether the browser is installed (the PDF route answers 503 without it). */
export function chromiumAvailable(): boolean {
  return existsSync(/*turbopackIgnore: true*/ chromiumPath());
}
