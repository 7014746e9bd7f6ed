// npm run bench:return-typing-trace — where the browser spends a keystroke and a paste of the
// online return (issue 18), from a Chromium performance trace rather than a guess: the same
// return, phone profile and 4× CPU slowdown as bench/return-typing.ts, traced (devtools.timeline)
// over 14 keystrokes and then over one 140-cell paste. Prints, per keystroke and for the paste,
// the main thread's self time by trace event (style recalculation UpdateLayoutTree, Layout,
// Paint, script …), the elements whose style was recalculated and the layout objects laid out.
// Tracing slows the page: the times are for comparing two builds in one sitting, the counts are
// exact. Starts its own PostgreSQL and the production build, as bench/return-typing.ts does.
import { writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright";
import { implausibleBlock, plausibleBlock } from "./return-typing-blocks";
import { withReturnSession } from "./return-typing-session";

const KEYS = "1,234.5";
const BOXES = 2; // KEYS typed into this many boxes
const CATEGORIES = process.env.RETURN_TRACE_CATEGORIES?.split(",") ?? ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink", "input"];

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { elementCount?: number; beginData?: { dirtyObjects?: number; totalObjects?: number } } };

/** Self time (ms) per event name on the renderer's main thread, and the style and layout counts. */
function summarise(buf: Buffer) {
  const events: TraceEvent[] = JSON.parse(buf.toString()).traceEvents;
  const main = events.find((e) => e.name === "thread_name" && (e.args as { name?: string })?.name === "CrRendererMain" && events.some((x) => x.pid === e.pid && x.name === "UpdateLayoutTree"));
  if (!main) throw new Error("no renderer main thread in the trace");
  const thread = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // only the tasks of the page's own work: input handling and frames (tracing's own probes,
  // dozens of style-and-layout checks when it starts, are left out)
  const PAGE_WORK = new Set(["WebFrameWidgetImpl::HandleInputEvent", "EventDispatch", "FunctionCall", "UpdateLifecycle", "WebFrameWidgetImpl::UpdateLifecycle", "Paint", "Layout", "UpdateLayoutTree", "Commit"]);
  const ours: TraceEvent[] = [];
  for (let i = 0; i < thread.length; ) {
    const end = thread[i].ts + thread[i].dur!;
    let j = i + 1;
    while (j < thread.length && thread[j].ts < end) j++;
    const task = thread.slice(i, j);
    if (task.some((e) => PAGE_WORK.has(e.name))) ours.push(...task);
    i = j;
  }
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const e of ours) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
    stack.push(e);
  }
  const sum = (name: string, f: (e: TraceEvent) => number | undefined) => ours.filter((e) => e.name === name).reduce((s, e) => s + (f(e) ?? 0), 0);
  // Layout's object counts are in its begin event (ph B/X), elementCount in UpdateLayoutTree's end args
  const all = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const layoutObjects = all.filter((e) => e.name === "Layout").reduce((s, e) => s + (e.args?.beginData?.dirtyObjects ?? 0), 0);
  return { self, styled: sum("UpdateLayoutTree", (e) => e.args?.elementCount), layouts: all.filter((e) => e.name === "Layout" && e.ph !== "E").length, layoutObjects };
}

function report(name: string, n: number, s: ReturnType<typeof summarise>) {
  const ms = (us: number) => (us / 1000 / n).toFixed(1);
  const top = [...s.self].filter(([, us]) => us > 0).sort((a, b) => b[1] - a[1]);
  const total = top.reduce((t, [, us]) => t + us, 0);
  console.log(`${name}: main thread ${ms(total)} ms each; ${Math.round(s.styled / n)} elements restyled, ${(s.layouts / n).toFixed(1)} layouts of ${Math.round(s.layoutObjects / n)} objects`);
  console.log(`  ${top.slice(0, 12).map(([k, us]) => `${k} ${ms(us)}`).join(", ")}`);
}

async function traced(browser: Browser, page: Page, act: () => Promise<void>) {
  await browser.startTracing(page, { categories: CATEGORIES });
  await act();
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
  const buf = await browser.stopTracing();
  if (process.env.RETURN_TRACE_SAVE) writeFileSync(process.env.RETURN_TRACE_SAVE, buf); // the last one, for a closer look
  return summarise(buf);
}

await withReturnSession(async ({ browser, ret, phonePage }) => {
  const settle = (p: Page) => p.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  const n = BOXES * KEYS.length;
  // the floor: the same keys into a plain <input> on an empty page
  const blank = await phonePage();
  await blank.setContent(`<!doctype html><meta name="viewport" content="width=device-width"><input id="plain" type="text" inputmode="decimal">`);
  await blank.locator("#plain").focus();
  report(`baseline: plain <input> (${n} keys)`, n, await traced(browser, blank, async () => {
    for (let i = 0; i < n; i++) await blank.keyboard.press(KEYS[i % KEYS.length]), await settle(blank);
  }));
  await blank.close();
  const page = await phonePage();
  await page.goto(`/returns/${ret.period}`);
  // RETURN_TRACE_CSS: extra style rules laid over the build's, to try a CSS change without a build
  if (process.env.RETURN_TRACE_CSS) await page.addStyleTag({ content: process.env.RETURN_TRACE_CSS });
  const rows = await page.locator("table.return-grid tbody tr").count();
  const cols = (await page.locator("table.return-grid input").count()) / rows;
  await page.locator("table.return-grid input").first().focus();
  await page.getByTestId("return-detail").waitFor();
  const block = await plausibleBlock(page, rows, cols);

  const box = (i: number) => page.locator(`table.return-grid input[data-r="${(i * 5 + 1) % rows}"][data-c="${(i * 3 + 1) % cols}"]`);
  // each box focused outside the trace (a focus is not a keystroke): the keys' traces summed
  const typing = async () => {
    const sums = { self: new Map<string, number>(), styled: 0, layouts: 0, layoutObjects: 0 };
    for (let b = 0; b < BOXES; b++) {
      await box(b).focus();
      await settle(page);
      const s = await traced(browser, page, async () => {
        for (const ch of KEYS) await page.keyboard.press(ch), await settle(page);
      });
      for (const [k, us] of s.self) sums.self.set(k, (sums.self.get(k) ?? 0) + us);
      sums.styled += s.styled;
      sums.layouts += s.layouts;
      sums.layoutObjects += s.layoutObjects;
    }
    return sums;
  };
  report(`keystroke, empty grid (${n} keys)`, n, await typing());
  await page.evaluate((text) => navigator.clipboard.writeText(text), block);
  await page.locator('table.return-grid input[data-r="0"][data-c="0"]').focus();
  report("140-cell paste, plausible figures", 1, await traced(browser, page, () => page.keyboard.press("Control+V")));
  report(`keystroke, full grid (${n} keys)`, n, await typing());
  // the worst case over the full grid (bench/return-typing.ts's last paste): a warning in nearly every box
  await page.evaluate((text) => navigator.clipboard.writeText(text), implausibleBlock(rows, cols));
  await page.locator('table.return-grid input[data-r="0"][data-c="0"]').focus();
  await settle(page);
  report("140-cell paste, worst case", 1, await traced(browser, page, () => page.keyboard.press("Control+V")));
});
