// The grid's live checks (only the changed box checked, only its group of indicators
// re-evaluated) must show exactly what a whole check of the return shows — the one submission
// runs on the server: after every edit of a long random sequence of typed and pasted boxes,
// every box's error and findings are compared with checkAll + evaluateReturn.
import { describe, expect, it } from "vitest";
import type { PublishedValue } from "@/lib/ingest/quality-values";
import { INDICATORS, REGIONS, testContext } from "@/lib/ingest/test-catalogue";
import { DEFAULT_RULES } from "@/lib/rules/defaults";
import type { Finding } from "@/lib/rules/evaluate";
import { checkAll, type Cell, type CellMap } from "./cells";
import { boxKey, LiveReturnCheck, type CellChange } from "./live-check";
import { evaluateReturn, findingsByBox } from "./return-rules";

const PERIOD = "2025Q3";
const due = INDICATORS.filter((i) => [1, 2, 4, 5, 6, 7, 8, 9, 10, 90].includes(i.id));
const context = testContext({ indicators: due });
const rules = DEFAULT_RULES.map((r) => (r.code === "YOY_BAND" ? { ...r, active: true } : r.code === "RANGE" ? { ...r, active: true, params: { check: "range" as const, min: "0", max: "5000" } } : r));

// a little history for every series: last quarter and the same quarter last year, some years back
const published: PublishedValue[] = [];
for (const ind of due)
  for (const [ri, reg] of REGIONS.entries())
    for (const period of ["2023Q3", "2024Q2", "2024Q3", "2025Q1", "2025Q2"])
      if ((ind.id + ri) % 5 !== 0) published.push({ indicatorId: ind.id, regionCode: reg.code, period, value: String(100 + ind.id * 10 + ri * 3 + (period === "2025Q2" ? 40 : 0)) });

// deterministic pseudo-random numbers (a failure replays)
let seed = 20261207;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
const TEXTS = ["", "150", "165.5", "1,234", "１２０", "99999", "-5", "abc", "12(初步)", "0", "240", "7", "x"];
const randomCell = (): Cell => ({ v: TEXTS[rand(TEXTS.length)], f: rand(12) === 0 ? "PRELIMINARY" : "", n: rand(10) === 0 ? "说明" : "" });

const noLine = (fs: Finding[]) => fs.map(({ line: _line, ...rest }) => rest);

function expectSameAsWhole(live: LiveReturnCheck, cells: CellMap) {
  live.run(); // what is pending (a no-op after apply)
  expect(live.pending()).toBe(false);
  const whole = evaluateReturn({ context, indicators: INDICATORS, published, rules }, PERIOD, cells);
  const byBox = findingsByBox(whole.findings);
  const errors = new Map(checkAll(context, PERIOD, cells).errors.map((e) => [boxKey(e.indicatorId, e.regionCode), e.message]));
  for (const ind of INDICATORS)
    for (const reg of REGIONS) {
      const key = boxKey(ind.id, reg.code);
      expect(noLine(live.findings(key)), key).toEqual(noLine(byBox.get(key) ?? []));
      expect(live.error(key), key).toBe(errors.get(key) ?? null);
    }
  expect(live.allFindings().length).toBe(whole.findings.length);
  expect(live.errorCount()).toBe(errors.size);
}

describe("live checks of the return grid", () => {
  it("agree with a whole check after every keystroke and paste of a random sequence", () => {
    const cells: CellMap = { 1: { "210100": { v: "400", f: "", n: "" } } };
    const live = new LiveReturnCheck({ context, indicators: INDICATORS, published, rules }, PERIOD, cells);
    expectSameAsWhole(live, cells);
    const deferred = new LiveReturnCheck({ context, indicators: INDICATORS, published, rules }, PERIOD, cells);
    let findingsSeen = 0;
    for (let step = 0; step < 100; step++) {
      // mostly one box (a keystroke), sometimes a block (a paste)
      const n = rand(8) === 0 ? 1 + rand(40) : 1;
      const changes: CellChange[] = [];
      for (let j = 0; j < n; j++) {
        const ind = due[rand(due.length)];
        const reg = REGIONS[rand(REGIONS.length)];
        const cell = randomCell();
        changes.push({ indicatorId: ind.id, regionCode: reg.code, cell });
        (cells[ind.id] ??= {})[reg.code] = cell;
      }
      const changed = live.apply(changes);
      for (const c of changes) expect(changed.has(boxKey(c.indicatorId, c.regionCode))).toBe(true);
      expectSameAsWhole(live, cells);
      // the grid's way: boxes set at once, checked later, a group per task; a check left
      // half-done when more is typed must end where a check of everything ends
      deferred.set(changes);
      if (rand(3) === 0) deferred.run(1);
      if (step % 5 === 4) expectSameAsWhole(deferred, cells);
      findingsSeen += live.allFindings().length;
    }
    expect(findingsSeen).toBeGreaterThan(100); // the sequence did bring up findings to compare
  }, 120_000); // a whole check after each of 100 edits

  it("a box's findings change with a value typed elsewhere in its group (districts sum to the city)", () => {
    const cells: CellMap = { 10: Object.fromEntries(REGIONS.map((r) => [r.code, { v: r.code === "210100" ? "1300" : "100", f: "", n: "" }])) };
    const live = new LiveReturnCheck({ context, indicators: INDICATORS, published: [], rules: DEFAULT_RULES }, PERIOD, cells);
    expect(live.findings(boxKey(10, "210100")).map((f) => f.rule)).toEqual([]);
    const changed = live.apply([{ indicatorId: 10, regionCode: "210102", cell: { v: "200", f: "", n: "" } }]);
    expect([...changed].sort()).toEqual([boxKey(10, "210100"), boxKey(10, "210102")]);
    expect(live.findings(boxKey(10, "210100")).map((f) => f.rule)).toEqual(["DISTRICT_SUM"]);
  });

  it("a box set is checked only by run(): its old error and findings until then, then the new ones", () => {
    const cells: CellMap = { 10: Object.fromEntries(REGIONS.map((r) => [r.code, { v: r.code === "210100" ? "1300" : "100", f: "", n: "" }])) };
    const live = new LiveReturnCheck({ context, indicators: INDICATORS, published: [], rules: DEFAULT_RULES }, PERIOD, cells);
    expect(live.set([{ indicatorId: 10, regionCode: "210102", cell: { v: "12a", f: "", n: "" } }])).toEqual([boxKey(10, "210102")]);
    expect(live.cell(boxKey(10, "210102"))?.v).toBe("12a"); // the value is there at once, to paint
    expect(live.error(boxKey(10, "210102"))).toBeNull();
    expect(live.pending()).toBe(true);
    live.set([{ indicatorId: 10, regionCode: "210102", cell: { v: "200", f: "", n: "" } }]);
    const changed = live.run(1);
    expect([...changed].sort()).toEqual([boxKey(10, "210100")]); // the city's sum; the typed box's error never showed
    expect(live.findings(boxKey(10, "210100")).map((f) => f.rule)).toEqual(["DISTRICT_SUM"]);
    expect(live.pending()).toBe(false);
  });
});
