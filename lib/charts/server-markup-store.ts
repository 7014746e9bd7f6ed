// Hands markup drawn by a Server Component (a chart's SVG) to the server-side rendering of the
// page's HTML without putting it in the page data that the HTML repeats for the browser
// (self.__next_f): the props of a client component are written there in full, so a chart's
// SVG passed as a prop or as children travelled twice (the indicator page: 47 KB of 226 KB).
// Instead the Server Component leaves the markup here under a random key and passes only the
// key; the client component (app/_components/charts/server-markup.tsx), while its HTML is
// rendered on the server in the same process and the same request, takes it out again. Both
// render layers load their own copy of this module, hence one store on globalThis.
// An entry no HTML render takes (a request for page data only) is dropped after a minute, and
// the oldest entries go first once the store holds more than MARKUP_MAX_CHARS: a flood of
// page-data requests (the RSC header) must not hold the server's memory. An HTML render whose
// entry was dropped shows an empty chart box, and ChartIsland draws the chart in the browser.

const STORE = Symbol.for("shenyang-de-monitor.server-markup");
/** how long an entry that nobody takes is kept */
export const MARKUP_TTL_MS = 60_000;
/** the most markup kept waiting, in characters (the indicator page's charts are ≈ 50,000) */
export const MARKUP_MAX_CHARS = 8_000_000;

type Entry = { html: string; at: number };
type Store = { entries: Map<string, Entry>; chars: number };

function store(): Store {
  const g = globalThis as typeof globalThis & { [STORE]?: Store };
  return (g[STORE] ??= { entries: new Map(), chars: 0 });
}

function drop(s: Store, key: string): Entry | undefined {
  const e = s.entries.get(key);
  if (e) {
    s.entries.delete(key);
    s.chars -= e.html.length;
  }
  return e;
}

/** Keeps the markup for the HTML render of this request; the key goes in the client component's props. */
export function putMarkup(html: string, now = Date.now()): string {
  const s = store();
  // a Map iterates in insertion order, so the stale (and the oldest) entries are the first ones
  for (const [key, e] of s.entries) {
    if (now - e.at < MARKUP_TTL_MS && s.chars + html.length <= MARKUP_MAX_CHARS) break;
    drop(s, key);
  }
  const key = crypto.randomUUID();
  s.entries.set(key, { html, at: now });
  s.chars += html.length;
  return key;
}

/** The markup left under the key, once (undefined when it was taken, dropped or never put). */
export function takeMarkup(key: string): string | undefined {
  return drop(store(), key)?.html;
}

/** How many entries wait to be taken, and their size in characters (tests). */
export function pendingMarkup(): number {
  return store().entries.size;
}
export function pendingMarkupChars(): number {
  return store().chars;
}
