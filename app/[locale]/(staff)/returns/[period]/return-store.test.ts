// The grid's store paints a typed value before its checks: the value is in the box's view at
// once, the error and the rules' findings after the next paint (here: the timers), and
// submission, which asks for the findings and errors, never reads a check still to come.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { REGIONS, testContext, INDICATORS } from "@/lib/ingest/test-catalogue";
import { DEFAULT_RULES } from "@/lib/rules/defaults";
import { CHECKS_DONE_MARK, ReturnStore } from "./return-store";

const CITY = "210100";
const due = INDICATORS.filter((i) => i.id === 10);
const cells = { 10: Object.fromEntries(REGIONS.map((r) => [r.code, { v: r.code === CITY ? "1300" : "100", f: "" as const, n: "" }])) };
const store = () => new ReturnStore({ context: testContext({ indicators: due }), indicators: INDICATORS, published: [], rules: DEFAULT_RULES }, "2025Q3", cells, {}, {});

describe("the return grid's store", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("shows a typed value at once and its checks after the paint, telling each box that changed", () => {
    const s = store();
    const seen: string[] = [];
    for (const key of ["10|210102", `10|${CITY}`]) s.subscribeBox(key, () => seen.push(key));
    s.apply([{ p: { ind: 10, reg: "210102" }, patch: { v: "12a" } }]);
    expect(s.view("10|210102").cell.v).toBe("12a");
    expect(s.view("10|210102").error).toBeNull();
    expect(seen).toEqual(["10|210102"]);
    vi.runAllTimers();
    expect(s.view("10|210102").error).toContain("不是数字");
    // a district of 200 puts the districts' sum off the city's: the finding on the city's box comes after the paint
    s.apply([{ p: { ind: 10, reg: "210102" }, patch: { v: "200" } }]);
    expect(s.view(`10|${CITY}`).findings).toEqual([]);
    vi.runAllTimers();
    expect(s.view("10|210102").error).toBeNull();
    expect(s.view(`10|${CITY}`).findings.map((f) => f.rule)).toEqual(["DISTRICT_SUM"]);
    expect(seen).toContain(`10|${CITY}`);
  });

  it("marks (User Timing) when a typed value's checks are all done and shown, not before", () => {
    const s = store();
    const mark = vi.spyOn(globalThis.performance, "mark");
    s.apply([{ p: { ind: 10, reg: "210102" }, patch: { v: "200" } }]);
    expect(mark).not.toHaveBeenCalledWith(CHECKS_DONE_MARK);
    vi.runAllTimers();
    expect(s.view(`10|${CITY}`).findings.map((f) => f.rule)).toEqual(["DISTRICT_SUM"]);
    expect(mark.mock.calls.filter(([name]) => name === CHECKS_DONE_MARK)).toHaveLength(1);
    mark.mockRestore();
  });

  it("shows the checks of a paste across groups of indicators together, once the last group has run", () => {
    const two = INDICATORS.filter((i) => i.id === 10 || i.id === 8);
    const cells2 = { ...cells, 8: cells[10] };
    const s = new ReturnStore({ context: testContext({ indicators: two }), indicators: INDICATORS, published: [], rules: DEFAULT_RULES }, "2025Q3", cells2, {}, {});
    const shown = () => [10, 8].map((ind) => s.view(`${ind}|${CITY}`).findings.some((f) => f.rule === "DISTRICT_SUM"));
    expect(shown()).toEqual([false, false]);
    // a district far over in both: each city's box gets its group's districts-sum finding
    s.apply([10, 8].map((ind) => ({ p: { ind, reg: "210102" }, patch: { v: "900" } })));
    const states: string[] = [];
    for (let i = 0; i < 20 && !shown().every(Boolean); i++) {
      vi.advanceTimersToNextTimer();
      states.push(shown().join());
    }
    // never one group's finding without the other's: both appear in the same step
    expect(states.at(-1)).toBe("true,true");
    expect(states.filter((x) => x === "true,false" || x === "false,true")).toEqual([]);
  });

  it("runs what is pending before it counts errors and findings for submission", () => {
    const s = store();
    s.apply([{ p: { ind: 10, reg: "210102" }, patch: { v: "12a" } }]);
    expect(s.errorCount()).toBe(1);
    s.apply([{ p: { ind: 10, reg: "210102" }, patch: { v: "200" } }]);
    expect(s.errorCount()).toBe(0);
    expect(s.findings().map((f) => f.rule)).toEqual(["DISTRICT_SUM"]);
    expect(s.view("10|210102").error).toBeNull(); // and the boxes show it
  });

  it("opens the messages of the focused box alone, telling the box left and the box focused", () => {
    const s = store();
    const seen: string[] = [];
    for (const r of REGIONS) s.subscribeBox(`10|${r.code}`, () => seen.push(r.code));
    s.setFocus({ ind: 10, reg: "210102" });
    expect(s.view("10|210102").open).toBe(true);
    expect(s.view(`10|${CITY}`).open).toBe(false);
    s.setFocus({ ind: 10, reg: CITY });
    expect(s.view("10|210102").open).toBe(false);
    expect(s.view(`10|${CITY}`).open).toBe(true);
    expect(seen).toEqual(["210102", "210102", CITY]);
  });

  it("renders a paste's boxes on screen before the paint and the others after it, the focused one always at once", () => {
    const s = store();
    const seen: string[] = [];
    for (const r of REGIONS) s.subscribeBox(`10|${r.code}`, () => seen.push(r.code));
    s.setFocus({ ind: 10, reg: "210114" });
    seen.length = 0;
    for (const r of REGIONS) s.setVisible(`10|${r.code}`, r.code <= "210104"); // the first four on screen
    for (const r of REGIONS) s.view(`10|${r.code}`); // as the boxes rendered them
    s.apply(["210103", "210106", "210114"].map((reg) => ({ p: { ind: 10, reg }, patch: { v: "5" } })));
    expect(seen).toEqual(["210103", "210114"]);
    expect(s.view("10|210106").cell.v).toBe("100"); // as last rendered, until its turn
    vi.runAllTimers();
    expect(seen.slice(0, 3)).toEqual(["210103", "210114", "210106"]);
    expect(s.view("10|210106").cell.v).toBe("5");
  });

  it("starts no check while a key is held down in the grid, unless it is held for over a second", () => {
    const s = store();
    s.keyDown("Digit1");
    s.apply([{ p: { ind: 10, reg: "210102" }, patch: { v: "12a" } }]);
    vi.advanceTimersByTime(500);
    expect(s.view("10|210102").error).toBeNull(); // its keyup has not come: the check waits
    s.keyUp("Digit1");
    vi.advanceTimersByTime(100);
    expect(s.view("10|210102").error).toContain("不是数字");
    s.keyDown("KeyA"); // held (auto-repeat, or its keyup lost)
    s.apply([{ p: { ind: 10, reg: "210102" }, patch: { v: "200" } }]);
    vi.advanceTimersByTime(500);
    expect(s.view("10|210102").error).not.toBeNull();
    vi.advanceTimersByTime(1000);
    expect(s.view("10|210102").error).toBeNull();
  });
});

