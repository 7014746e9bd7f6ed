// The return grid's state outside React: the boxes, their live checks (lib/returns/live-check.ts),
// the explanations, the focused box. Each box's view is subscribed to by that box alone
// (useSyncExternalStore), so a keystroke re-renders the typed box and the few boxes whose
// findings it changed, not the 140 of the grid; a paste is one apply, one evaluation per group
// of indicators and one render of the boxes it touched.
import type { Cell, CellMap } from "@/lib/returns/cells";
import { boxKey, LiveReturnCheck, type BoxKey, type CellChange } from "@/lib/returns/live-check";
import type { ReturnRulesInput } from "@/lib/returns/return-rules";
import type { Finding } from "@/lib/rules/evaluate";

export type Pos = { ind: number; reg: string };
/** `open`: the box last focused, whose messages the grid spells out (the others show a mark) */
export type BoxView = { cell: Cell; error: string | null; findings: Finding[]; explanations: Record<string, string>; open: boolean };
export type Meta = { dirty: boolean };

const EMPTY: Cell = { v: "", f: "", n: "" };
const NO_EXPLANATIONS: Record<string, string> = {};
/** a key held longer than this (auto-repeat, a keyup lost) no longer holds the checks back */
const HOLD_MAX_MS = 1000;
/** the User Timing mark set when the pending checks are done and shown */
export const CHECKS_DONE_MARK = "return-checks-done";
/** finding key `RULE|indicator|region|period` → its box `indicator|region` */
const boxOfFinding = (findingKey: string) => findingKey.split("|").slice(1, 3).join("|");

export class ReturnStore {
  private readonly live: LiveReturnCheck;
  private readonly views = new Map<BoxKey, BoxView>();
  private readonly boxListeners = new Map<BoxKey, Set<() => void>>();
  private readonly metaListeners = new Set<() => void>();
  private readonly focusListeners = new Set<() => void>();
  private serverErrors = new Map<BoxKey, string>();
  private explanations: Record<string, string>;
  private meta: Meta = { dirty: false };
  private focused: Pos | null = null;
  /** indicator → edits since the draft was loaded or saved (what the next save sends); a count, so
   *  that a box typed while a save is under way is still sent by the next one */
  private touched = new Map<number, number>();
  /** indicator id → the draft version this copy started from */
  private base: Record<string, number>;
  /** checks of typed boxes are due (runChecksSoon) */
  private checksScheduled = false;
  /** boxes in the grid's view (null: not known yet), and boxes changed off screen whose render waits for the next task */
  private visible: Set<BoxKey> | null = null;
  private readonly later = new Set<BoxKey>();
  /** boxes whose error or findings the checks under way changed: shown together when they end */
  private readonly checked = new Set<BoxKey>();
  /** keys held down in the grid, since when, and the checks waiting for their release */
  private readonly keysDown = new Set<string>();
  private keysDownSince = 0;
  private onRelease: (() => void) | null = null;

  constructor(input: ReturnRulesInput, period: string, cells: CellMap, explanations: Record<string, string>, versions: Record<string, number>) {
    this.live = new LiveReturnCheck(input, period, cells);
    this.explanations = { ...explanations };
    this.base = { ...versions };
  }

  // ---- reading (stable snapshots for useSyncExternalStore) ----
  view = (key: BoxKey): BoxView => {
    let v = this.views.get(key);
    if (!v) {
      const findings = this.live.findings(key);
      const ex = findings.some((f) => f.severity === "SOFT") ? Object.fromEntries(findings.map((f) => [f.key, this.explanations[f.key] ?? ""])) : NO_EXPLANATIONS;
      const open = this.focused !== null && boxKey(this.focused.ind, this.focused.reg) === key;
      v = { cell: this.live.cell(key) ?? EMPTY, error: this.live.error(key) ?? this.serverErrors.get(key) ?? null, findings, explanations: ex, open };
      this.views.set(key, v);
    }
    return v;
  };
  getMeta = () => this.meta;
  getFocus = () => this.focused;

  subscribeBox(key: BoxKey, cb: () => void): () => void {
    let set = this.boxListeners.get(key);
    if (!set) this.boxListeners.set(key, (set = new Set()));
    set.add(cb);
    return () => set!.delete(cb);
  }
  subscribeMeta = (cb: () => void) => (this.metaListeners.add(cb), () => void this.metaListeners.delete(cb));
  subscribeFocus = (cb: () => void) => (this.focusListeners.add(cb), () => void this.focusListeners.delete(cb));

  /** Parses the history the checks compare with, one indicator per idle moment (each a short
   *  task, so that a key typed meanwhile waits little); returns the cancel. */
  prepareWhenIdle(): () => void {
    const ids = this.live.indicatorIds();
    const idle = (f: () => void): (() => void) => {
      if (typeof requestIdleCallback === "function") {
        const h = requestIdleCallback(f, { timeout: 2000 });
        return () => cancelIdleCallback(h);
      }
      const h = setTimeout(f, 50); // Safari has no requestIdleCallback
      return () => clearTimeout(h);
    };
    let cancel = () => {};
    const step = (i: number) => {
      if (i < ids.length) cancel = idle(() => (this.live.prepare(ids[i]), step(i + 1)));
    };
    step(0);
    return () => cancel();
  }

  // ---- changing ----
  /** Typed or pasted boxes: their values render at once, their checks run after the browser
   *  has painted them (runChecksSoon), so that a keystroke's paint never waits for the rules
   *  of its group, nor a paste's for the rules of the whole return. */
  apply(changes: { p: Pos; patch: Partial<Cell> }[]): void {
    const full: CellChange[] = changes.map(({ p, patch }) => ({ indicatorId: p.ind, regionCode: p.reg, cell: { ...(this.live.cell(boxKey(p.ind, p.reg)) ?? EMPTY), ...patch } }));
    const changed = new Set(this.live.set(full));
    for (const c of full) this.touch1(c.indicatorId);
    // the server's verdict was on the values as sent; any change makes it stale
    for (const key of this.serverErrors.keys()) changed.add(key);
    this.serverErrors = new Map();
    // a paste renders the boxes on screen (and the focused one, whose input React must see
    // take the typed value) before the paint; the others right after it, before the checks
    const focused = this.focused ? boxKey(this.focused.ind, this.focused.reg) : null;
    const now: BoxKey[] = [];
    for (const key of changed) {
      if (!this.visible || this.visible.has(key) || key === focused) now.push(key);
      else this.later.add(key);
    }
    this.touch(now);
    this.setDirty(true);
    this.runChecksSoon();
  }

  /** A box came into the grid's view or left it (the grid's IntersectionObserver). Until the
   *  first report every box counts as on screen. */
  setVisible(key: BoxKey, on: boolean): void {
    this.visible ??= new Set();
    if (on) this.visible.add(key);
    else this.visible.delete(key);
  }

  /** The pending checks, after the next paint (a frame, then a task) and then one group of
   *  indicators per task: keys typed meanwhile are handled between them, and are checked
   *  together with what was pending (a fast typist's keys cost one check). None starts while
   *  a key is held down in the grid: the key's keyup, part of the same interaction, would wait
   *  behind it (a typist releases a key some 100 ms after pressing it). */
  private runChecksSoon(): void {
    if (this.checksScheduled) return;
    this.checksScheduled = true;
    const step = () => {
      if (this.keysDown.size && Date.now() - this.keysDownSince < HOLD_MAX_MS) {
        this.onRelease = afterPaint;
        setTimeout(() => this.onRelease === afterPaint && ((this.onRelease = null), afterPaint()), HOLD_MAX_MS);
        return;
      }
      // the boxes off screen first, in a task of their own; then one group of indicators per
      // task, whose results are shown together once the last group has run: each render of
      // findings costs the browser a style and layout of the grid (20–40 ms at 4× slowdown),
      // so one render instead of one per group (a trace of the worst-case paste: six)
      if (this.later.size) this.touchLater();
      else for (const key of this.live.run(1)) this.checked.add(key);
      if (this.later.size || this.live.pending()) setTimeout(step, 0);
      else {
        this.showChecked();
        this.checksScheduled = false;
        // a User Timing mark: when a keystroke's or a paste's checks are all shown (what
        // bench/return-typing.ts times as "rules settled"; a browser's performance tools show it)
        globalThis.performance?.mark?.(CHECKS_DONE_MARK);
      }
    };
    const afterPaint = () => (typeof requestAnimationFrame === "function" ? requestAnimationFrame(() => setTimeout(step, 0)) : setTimeout(step, 0));
    afterPaint();
  }

  /** A key went down or up in the grid (its keydown and keyup, by KeyboardEvent.code). */
  keyDown(code: string): void {
    if (!this.keysDown.size) this.keysDownSince = Date.now();
    this.keysDown.add(code);
  }
  keyUp(code: string): void {
    this.keysDown.delete(code);
    if (this.keysDown.size) return;
    const go = this.onRelease;
    this.onRelease = null;
    go?.();
  }
  /** (the window lost focus: a keyup may never come) */
  keysReleased(): void {
    this.keysDown.clear();
    this.keyUp("");
  }

  explain(findingKey: string, text: string): void {
    this.explanations = { ...this.explanations, [findingKey]: text };
    this.touch1(Number(findingKey.split("|")[1]));
    this.touch([boxOfFinding(findingKey)]);
    this.setDirty(true);
  }

  setServerErrors(errors: { indicatorId: number; regionCode: string; message: string }[]): void {
    const before = [...this.serverErrors.keys()];
    this.serverErrors = new Map(errors.map((e) => [boxKey(e.indicatorId, e.regionCode), e.message]));
    this.touch([...before, ...this.serverErrors.keys()]);
  }

  setFocus(p: Pos): void {
    if (this.focused?.ind === p.ind && this.focused.reg === p.reg) return;
    const before = this.focused;
    this.focused = p;
    // the box left closes its messages, the box focused opens them
    this.touch([...(before ? [boxKey(before.ind, before.reg)] : []), boxKey(p.ind, p.reg)]);
    for (const l of this.focusListeners) l();
  }

  setDirty(dirty: boolean): void {
    if (this.meta.dirty === dirty) return;
    this.meta = { dirty };
    for (const l of this.metaListeners) l();
  }

  // ---- what save and submit send ----
  /** The indicators changed since the last save, their explanations and the versions they started from. */
  draftToSave(): { cells: CellMap; explanations: Record<string, string>; base: Record<string, number>; edits: Map<number, number> } {
    const all = this.cells();
    const ids = [...this.touched.keys()].map(String);
    const explanations = Object.fromEntries(Object.entries(this.explanations).filter(([k, text]) => this.touched.has(Number(k.split("|")[1])) && text.trim()));
    return { cells: Object.fromEntries(ids.map((id) => [id, all[id] ?? {}])), explanations, base: Object.fromEntries(ids.map((id) => [id, this.base[id] ?? 0])), edits: new Map(this.touched) };
  }
  /** After a save: those indicators' new versions; nothing left to send. */
  saved(versions: Record<string, number>, edits: Map<number, number>): void {
    Object.assign(this.base, versions);
    for (const [id, n] of edits) if (this.touched.get(id) === n) this.touched.delete(id);
    this.setDirty(this.touched.size > 0);
  }

  cells(): CellMap {
    const out: CellMap = {};
    for (const [key, cell] of this.live.entries()) {
      const [ind, reg] = key.split("|");
      (out[ind] ??= {})[reg] = cell; // blank ones too: a box emptied must empty the saved draft
    }
    return out;
  }
  /** the explanations of the soft findings now shown (an explanation of a finding since gone is dropped) */
  currentExplanations(): Record<string, string> {
    return Object.fromEntries(this.findings().filter((f) => f.severity === "SOFT" && this.explanations[f.key]?.trim()).map((f) => [f.key, this.explanations[f.key]]));
  }
  // (these run what is pending first: submission never reads a check still to come)
  findings(): Finding[] {
    this.runNow();
    return this.live.allFindings();
  }
  errorCount(): number {
    this.runNow();
    return this.live.errorCount();
  }
  private runNow(): void {
    this.touchLater();
    if (this.live.pending()) for (const key of this.live.run()) this.checked.add(key);
    this.showChecked();
  }
  private showChecked(): void {
    const keys = [...this.checked];
    this.checked.clear();
    this.touch(keys);
  }
  private touchLater(): void {
    const keys = [...this.later];
    this.later.clear();
    this.touch(keys);
  }

  private touch1(indicatorId: number): void {
    this.touched.set(indicatorId, (this.touched.get(indicatorId) ?? 0) + 1);
  }

  private touch(keys: Iterable<BoxKey>): void {
    const notify: (() => void)[] = [];
    for (const key of keys) {
      this.views.delete(key);
      for (const l of this.boxListeners.get(key) ?? []) notify.push(l);
    }
    for (const l of notify) l();
  }
}
