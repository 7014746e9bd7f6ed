// Hands markup drawn by a Server Component (a chart's SVG) to the server-side rendering of the
// page's HTML without putting it in the page data that the HTML repeats for the browser
// (self.__next_f): the props of a client component are written there in full, so a chart's
// SVG passed as a prop or as children travelled twice (the indicator page: 47 KB of 226 KB).
// Instead the Server Component leaves the markup here under a random key and passes only the
// key; the client component (app/_components/charts/server-markup.tsx), while its HTML is
// rendered on the server in the same process and the same request, takes it out again. Both
// render layers load their own copy of this module, hence one store on globalThis.
// An entry no HTML render takes (a request for page data only) is dropped after a minute.

const STORE = Symbol.for("shenyang-de-monitor.server-markup");
/** how long an entry that nobody takes is kept */
export const MARKUP_TTL_MS = 60_000;

type Entry = { html: string; at: number };

function store(): Map<string, Entry> {
  const g = globalThis as typeof globalThis & { [STORE]?: Map<string, Entry> };
  return (g[STORE] ??= new Map());
}

/** Keeps the markup for the HTML render of this request; the key goes in the client component's props. */
export function putMarkup(html: string, now = Date.now()): string {
  const entries = store();
  // a Map iterates in insertion order, so the stale entries are the first ones
  for (const [key, e] of entries) {
    if (now - e.at < MARKUP_TTL_MS) break;
    entries.delete(key);
  }
  const key = crypto.randomUUID();
  entries.set(key, { html, at: now });
  return key;
}

/** The markup left under the key, once (undefined when it was taken, dropped or never put). */
export function takeMarkup(key: string): string | undefined {
  const entries = store();
  const e = entries.get(key);
  entries.delete(key);
  return e?.html;
}

/** How many entries wait to be taken (tests). */
export function pendingMarkup(): number {
  return store().size;
}
