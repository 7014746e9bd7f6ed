// npm run bench:return-typing — typing into an online return (issue 18) on a phone: a return
// of 14 areas × 10 indicators at /returns/[period], in Chromium with a phone profile (390×844,
// device scale 3, touch, a mobile user agent) and a 4× CPU slowdown (CDP
// Emulation.setCPUThrottlingRate), every rule of the catalogue on. Prints the interaction to
// next paint (bench/interaction-timing.ts, the Event Timing API) of
//   (a) 30 single keystrokes into the empty grid, and 30 into the full one (a keystroke checks
//       the typed box and re-runs the rules of its group of indicators, lib/returns/live-check.ts,
//       and renders the boxes whose findings changed), p75 and max;
//   (b) a 140-cell block pasted from a spreadsheet (tab-separated, Chinese thousands separators,
//       full-width digits; bench/return-typing-blocks.ts) with Ctrl+V from the clipboard: once
//       with figures a department would send (near last year's), once the worst case (a warning
//       to explain in nearly every box); the checks run after the paint of the figures, so
//       also when the last long task after the key ended (the checks' findings shown);
// beside the targets (keystroke < 100 ms, paste < 200 ms) with PASS or FAIL, and a same-run
// baseline: the same keystrokes into a plain <input> on an empty page under the same profile.
// Starts its own PostgreSQL and the production build (`npx next build` first; NEXT_DIST_DIR),
// on BENCH_PORT, BENCH_PG_PORT, BENCH_DIR.
import { cpus, loadavg } from "node:os";
import type { Page } from "playwright";
import { percentile, recordInteractions, THRESHOLD_MS, timeInteraction } from "./interaction-timing";
import { implausibleBlock, plausibleBlock } from "./return-typing-blocks";
import { CPU_SLOWDOWN, withReturnSession } from "./return-typing-session";

const KEYSTROKES = 30;
const TYPED = "1,234.5"; // what a reporter types into each box in turn, key by key
const KEY_TARGET_MS = 100;
const PASTE_TARGET_MS = 200;
const log = (m: string) => console.log(m);

/** KEYSTROKES keys, TYPED into one box after another (chosen by `box(i)`), each timed. */
async function typeKeys(page: Page, box: (i: number) => string): Promise<number[]> {
  const out: number[] = [];
  for (let b = 0; out.length < KEYSTROKES; b++) {
    const input = page.locator(box(b));
    await input.focus();
    await input.evaluate((el: HTMLInputElement) => el.select()); // a full box is retyped, as in a spreadsheet
    for (const ch of TYPED) {
      if (out.length >= KEYSTROKES) break;
      out.push((await timeInteraction(page, () => page.keyboard.press(ch))).ms);
    }
  }
  return out;
}

/** Ctrl+V of `block` from the clipboard into the top-left box, timed, checked, and what the grid then shows. */
async function paste(page: Page, block: string, rows: number, cols: number) {
  await page.evaluate((text) => navigator.clipboard.writeText(text), block);
  await page.locator('table.return-grid input[data-r="0"][data-c="0"]').focus();
  // the grid paints the pasted figures first and runs the checks after (a group of indicators
  // per task): the long tasks (50 ms or more) after the key are watched, the findings counted
  // once none has come for a second, and the figure is when the last of them ended
  // (scripts as text: tsx names the functions declared in a function passed to evaluate with a
  // helper the page does not have)
  await page.evaluate(`(() => {
    window.__pasteAt = window.__busyUntil = performance.now();
    window.__longTasks?.disconnect();
    window.__longTasks = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__busyUntil = Math.max(window.__busyUntil, e.startTime + e.duration);
    });
    window.__longTasks.observe({ type: "longtask" });
  })()`);
  const timed = await timeInteraction(page, () => page.keyboard.press("Control+V"));
  const [settled, rulesDone] = await page.evaluate<[number, number]>(`new Promise((done) => {
    const wait = () => {
      if (performance.now() - window.__busyUntil < 1000 && performance.now() - window.__pasteAt < 30000) return void setTimeout(wait, 100);
      window.__longTasks.disconnect();
      const checked = performance.getEntriesByName("return-checks-done").filter((m) => m.startTime > window.__pasteAt).at(-1);
      done([Math.round(window.__busyUntil - window.__pasteAt), checked ? Math.round(checked.startTime - window.__pasteAt) : -1]);
    };
    wait();
  })`);
  const filled = await page.locator("table.return-grid input").evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).value !== "").length);
  const expected = block.split("\r\n")[rows - 1].split("\t")[cols - 1];
  const last = await page.locator(`table.return-grid input[data-r="${rows - 1}"][data-c="${cols - 1}"]`).inputValue();
  if (filled !== rows * cols || last !== expected) throw new Error(`the paste filled ${filled} boxes (last "${last}", expected "${expected}")`);
  // the boxes the paste brought up a message in, by the worst (only the focused box spells its
  // messages out; the others are marked by their class)
  const shown = async (sel: string) => page.locator(sel).count();
  const findings = `${await shown("td.return-cell.has-error")} boxes with an error (value or 强制性), ${await shown("td.return-cell.has-warning")} with a warning to explain (核实性), ${await shown("td.return-cell.has-note")} with a note only (提示性)`;
  return { ...timed, filled, findings, settled, rulesDone };
}

function line(name: string, ms: number[], target: number): string {
  const p75 = percentile(ms, 75);
  const max = Math.max(...ms);
  const under = ms.filter((m) => m <= THRESHOLD_MS).length;
  const verdict = (v: number) => (v < target ? "PASS" : "FAIL");
  return `  ${name.padEnd(34)} p75 ${String(p75).padStart(4)} ms  ${verdict(p75)}   max (INP) ${String(max).padStart(4)} ms  ${verdict(max)}   target < ${target} ms   (${under} of ${ms.length} ≤ ${THRESHOLD_MS} ms)`;
}

await withReturnSession(async ({ browser, ret, phonePage }) => {
  // baseline: a plain input on an empty page, same profile and slowdown
  const blank = await phonePage();
  await blank.setContent(`<!doctype html><meta name="viewport" content="width=device-width"><input id="plain" type="text" inputmode="decimal">`);
  await recordInteractions(blank);
  const baseline = await typeKeys(blank, () => "#plain");
  await blank.close();

  const page = await phonePage();
  await page.goto(`/returns/${ret.period}`);
  const inputs = page.locator("table.return-grid input");
  const count = await inputs.count();
  const rows = Number(await page.locator("table.return-grid tbody tr").count());
  if (count !== 140) throw new Error(`the return at /returns/${ret.period} has ${count} boxes, not 14 × 10`);
  // hydrated once focusing a box opens its flag and note (React's onFocus)
  await inputs.first().focus();
  await page.getByTestId("return-detail").waitFor();
  await recordInteractions(page);
  const cols = count / rows;
  const spread = (i: number) => `table.return-grid input[data-r="${(i * 5) % rows}"][data-c="${(i * 3) % cols}"]`;
  const emptyGrid = await typeKeys(page, spread);

  // a block copied from a spreadsheet, pasted from the top-left box: first what a department
  // would really send (most boxes pass the rules), into the empty grid …
  const plausible = await paste(page, await plausibleBlock(page, rows, cols), rows, cols);
  const fullGrid = await typeKeys(page, (i) => spread(i + 7));
  // … then the worst case over it: figures unrelated to the history, a warning in nearly every box
  const implausible = await paste(page, implausibleBlock(rows, cols), rows, cols);

  log(`\nOnline return ${ret.period}: ${rows} areas × ${cols} indicators (${ret.codes.join(" ")}), ${ret.rules} rules active`);
  log(`phone profile: 390×844 @3x, touch, mobile UA; CPU ${CPU_SLOWDOWN}× slower (CDP); Chromium ${browser.version()}; ${new Date().toISOString()}; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${cpus().length} cores`);
  log(`interaction to next paint (Event Timing API, threshold ${THRESHOLD_MS} ms: a faster one counts as ${THRESHOLD_MS}):`);
  log(line(`baseline: plain <input>, ${KEYSTROKES} keys`, baseline, KEY_TARGET_MS));
  log(line(`keystroke, empty grid, ${KEYSTROKES} keys`, emptyGrid, KEY_TARGET_MS));
  log(line(`keystroke, full grid, ${KEYSTROKES} keys`, fullGrid, KEY_TARGET_MS));
  for (const [name, p] of [["140-cell paste, plausible figures", plausible], ["140-cell paste, worst case", implausible]] as const) {
    log(`  ${name.padEnd(34)} ${String(p.ms).padStart(4)} ms  ${p.ms < PASTE_TARGET_MS ? "PASS" : "FAIL"}   target < ${PASTE_TARGET_MS} ms   (${p.filled} boxes filled; ${p.settled ? `the last long task ended ${p.settled} ms after the key` : "no long task after the key"}; then ${p.findings}; events: ${p.events || "none over the threshold"})`);
    // the paint comes before the checks: "rules included", the time until every box's checks are shown
    log(`  ${`  … its rules settled`.padEnd(34)} ${p.rulesDone < 0 ? "   ?" : String(p.rulesDone).padStart(4)} ms  ${p.rulesDone >= 0 && p.rulesDone < PASTE_TARGET_MS ? "PASS" : "FAIL"}   target < ${PASTE_TARGET_MS} ms   (key to the User Timing mark return-checks-done: every check of the paste run and shown)`);
  }
  log(`  per key (ms) — baseline: ${baseline.join(" ")}\n                 empty grid: ${emptyGrid.join(" ")}\n                 full grid: ${fullGrid.join(" ")}`);
});
