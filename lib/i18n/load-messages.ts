// Messages live in one JSON file per namespace and language (lib/i18n/messages/<locale>/
// <namespace>.json), so that features own their texts; this merges them for next-intl.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

type Messages = Record<string, unknown>;
const cache = new Map<string, Messages>();

export function loadMessages(locale: string): Messages {
  const hit = cache.get(locale);
  if (hit) return hit;
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/i18n/messages", locale);
  const out: Messages = {};
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    out[f.slice(0, -5)] = JSON.parse(readFileSync(path.join(dir, f), "utf8"));
  }
  cache.set(locale, out);
  return out;
}
