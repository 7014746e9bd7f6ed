// Interaction to next paint, as the browser itself measures it: the Event Timing API
// (PerformanceObserver type "event", durationThreshold 16 ms, the smallest it allows). One
// interaction's figure is the longest duration among the events sharing its interactionId
// (keydown, keypress, keyup …), each from the input's timestamp to the paint that follows its
// handlers — what web-vitals' onINP reports per interaction. Used by bench/return-typing.ts.
import type { Page } from "playwright";

/** Below the API's threshold no entry is recorded: such an interaction counts as this (an upper bound). */
export const THRESHOLD_MS = 16;

type Entry = { id: number; name: string; duration: number };
type Win = { __events: Entry[] };
// interactionId is not in TypeScript's DOM library yet
type EventTiming = PerformanceEventTiming & { interactionId?: number };

/** Starts recording the page's interaction events (again after each navigation or setContent). */
export async function recordInteractions(page: Page): Promise<void> {
  await page.evaluate((threshold) => {
    const w = window as unknown as Win;
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as EventTiming[]) {
        if (e.interactionId) w.__events.push({ id: e.interactionId, name: e.name, duration: e.duration });
      }
    }).observe({ type: "event", durationThreshold: threshold } as PerformanceObserverInit);
  }, THRESHOLD_MS);
}

/**
 * Runs one user action and returns its interaction's duration in ms (THRESHOLD_MS when the
 * browser recorded nothing: it was faster than that), with the events seen. Entries are
 * delivered after the paint that ends them: two frames and a pause let them arrive, and give
 * the gap a typist leaves between keys.
 */
export async function timeInteraction(page: Page, act: () => Promise<void>): Promise<{ ms: number; recorded: boolean; events: string }> {
  await page.evaluate(() => void ((window as unknown as Win).__events.length = 0));
  await act();
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 250)))));
  const entries = await page.evaluate(() => (window as unknown as Win).__events.splice(0));
  if (!entries.length) return { ms: THRESHOLD_MS, recorded: false, events: "" };
  const byId = new Map<number, number>();
  for (const e of entries) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
  return { ms: Math.max(...byId.values()), recorded: true, events: entries.map((e) => `${e.name} ${e.duration}`).join(", ") };
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
