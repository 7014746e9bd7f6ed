// The online return's checks kept up to date as the reporter types: each changed box is checked
// by the upload's code (cells.ts), and the bureau's rules (lib/rules/evaluate.ts, the same
// engine and inputs as submission) re-run only over the group of indicators the change can
// reach. The rules of a row read only its own indicator (other areas, other periods), its
// parts or total (partOfId) and the level of a growth rate (growthOfId), and fire on those, so
// indicators joined by those links form groups whose findings are independent of each other:
// re-evaluating one group gives exactly the findings a whole evaluation gives for it (the unit
// test compares both after every edit of a random sequence). Pure; no React.
import { prepareSeries } from "@/lib/ingest/quality-outlier";
import { PublishedIndex } from "@/lib/ingest/quality-values";
import type { IngestIndicator, IngestRegion, QualityRow } from "@/lib/ingest/types";
import type { Finding } from "@/lib/rules/evaluate";
import { checkCell, isBlank, type Cell, type CellMap } from "./cells";
import { evaluateRows, type ReturnRulesInput } from "./return-rules";

export type BoxKey = string; // `${indicatorId}|${regionCode}`
export const boxKey = (indicatorId: number | string, regionCode: string): BoxKey => `${indicatorId}|${regionCode}`;
export type CellChange = { indicatorId: number; regionCode: string; cell: Cell };

const NONE: Finding[] = [];

export class LiveReturnCheck {
  private readonly input: ReturnRulesInput;
  private readonly ind = new Map<number, { ind: IngestIndicator; index: number }>();
  private readonly reg = new Map<string, { reg: IngestRegion; index: number }>();
  private readonly groupOf: Map<number, number>;
  private readonly cells = new Map<BoxKey, Cell>();
  private readonly rows = new Map<BoxKey, QualityRow>();
  private readonly errors = new Map<BoxKey, string>();
  private readonly byBox = new Map<BoxKey, Finding[]>();
  /** group → the boxes its last evaluation put findings on */
  private readonly groupBoxes = new Map<number, Set<BoxKey>>();
  private readonly groupFindings = new Map<number, Finding[]>();
  /** boxes set() and not checked yet (their last change), groups to evaluate again */
  private readonly pendingBoxes = new Map<BoxKey, CellChange>();
  private readonly pendingGroups = new Set<number>();

  constructor(
    input: ReturnRulesInput,
    private readonly period: string,
    cells: CellMap,
  ) {
    this.input = { ...input, published: input.published instanceof PublishedIndex ? input.published : new PublishedIndex(input.published) };
    input.context.indicators.forEach((ind, index) => this.ind.set(ind.id, { ind, index }));
    input.context.regions.forEach((reg, index) => this.reg.set(reg.code, { reg, index }));
    this.groupOf = groupsOf([...input.indicators, ...input.context.indicators]);
    const changes: CellChange[] = [];
    for (const [id, byRegion] of Object.entries(cells)) for (const [code, cell] of Object.entries(byRegion)) changes.push({ indicatorId: Number(id), regionCode: code, cell });
    this.apply(changes);
  }

  /** Applies typed or pasted boxes and checks them at once; returns the boxes whose value, error or findings changed. */
  apply(changes: CellChange[]): Set<BoxKey> {
    const changed = new Set(this.set(changes));
    for (const key of this.run()) changed.add(key);
    return changed;
  }

  /** Takes typed or pasted boxes without checking them yet (the grid paints a keystroke before
   *  its checks, run() after the paint); returns their keys. Their errors and findings stay
   *  those of their previous values until run(). */
  set(changes: CellChange[]): BoxKey[] {
    const keys: BoxKey[] = [];
    for (const c of changes) {
      const key = boxKey(c.indicatorId, c.regionCode);
      this.cells.set(key, c.cell);
      this.pendingBoxes.set(key, c); // a box typed twice before run() is checked once, with its last value
      keys.push(key);
    }
    return keys;
  }

  /** Whether boxes set() are still to be checked, or groups to be evaluated. */
  pending(): boolean {
    return this.pendingBoxes.size > 0 || this.pendingGroups.size > 0;
  }

  /** Checks the boxes set() since the last run and re-evaluates the groups whose values changed:
   *  all of them, or at most `maxGroups` groups (the rest stays pending, so that a paste's
   *  evaluation can be spread over tasks); returns the boxes whose error or findings changed. */
  run(maxGroups = Infinity): Set<BoxKey> {
    const changed = new Set<BoxKey>();
    for (const [key, { indicatorId, regionCode, cell }] of this.pendingBoxes) {
      const rowBefore = this.rows.get(key);
      const errorBefore = this.errors.get(key);
      this.check(key, indicatorId, regionCode, cell);
      const rowAfter = this.rows.get(key);
      if (errorBefore !== this.errors.get(key)) changed.add(key);
      if (rowBefore?.value !== rowAfter?.value) this.pendingGroups.add(this.groupOf.get(indicatorId) ?? indicatorId);
    }
    this.pendingBoxes.clear();
    let n = 0;
    for (const g of this.pendingGroups) {
      if (n++ >= maxGroups) break;
      this.pendingGroups.delete(g);
      this.evaluateGroup(g, changed);
    }
    return changed;
  }

  /** The return's indicators, whose published history prepare() parses one at a time. */
  indicatorIds(): number[] {
    return [...this.ind.keys()];
  }
  /** Parses one indicator's published history ahead of its first check (the page does this
   *  while idle, so that the first paste does not: it was most of that paste's time). */
  prepare(indicatorId: number): void {
    prepareSeries(this.input.published as PublishedIndex, indicatorId);
  }

  entries(): IterableIterator<[BoxKey, Cell]> {
    return this.cells.entries();
  }
  cell(key: BoxKey): Cell | undefined {
    return this.cells.get(key);
  }
  error(key: BoxKey): string | null {
    return this.errors.get(key) ?? null;
  }
  findings(key: BoxKey): Finding[] {
    return this.byBox.get(key) ?? NONE;
  }
  /** (whole-return answers: the pending checks are run first) */
  errorCount(): number {
    this.run();
    return this.errors.size;
  }
  allFindings(): Finding[] {
    this.run();
    return [...this.groupFindings.values()].flat();
  }

  private check(key: BoxKey, indicatorId: number, regionCode: string, cell: Cell) {
    this.rows.delete(key);
    this.errors.delete(key);
    const i = this.ind.get(indicatorId);
    const r = this.reg.get(regionCode);
    if (!i || !r || isBlank(cell)) return;
    // a line of its own per box, stable whatever else is typed (findings name no line in the grid)
    const line = i.index * this.input.context.regions.length + r.index + 1;
    const out = checkCell(this.input.context, i.ind, r.reg, this.period, cell, line);
    if (!out.ok) this.errors.set(key, out.message);
    else if (out.row.value !== null) this.rows.set(key, { indicatorId, regionCode, period: out.row.period, value: out.row.value, line });
  }

  private evaluateGroup(group: number, changed: Set<BoxKey>) {
    const rows = [...this.rows.values()].filter((r) => (this.groupOf.get(r.indicatorId) ?? r.indicatorId) === group);
    const { findings } = evaluateRows(this.input, rows);
    const next = new Map<BoxKey, Finding[]>();
    for (const f of findings) {
      const key = boxKey(f.indicatorId, f.regionCode);
      const list = next.get(key);
      if (list) list.push(f);
      else next.set(key, [f]);
    }
    for (const key of new Set([...(this.groupBoxes.get(group) ?? []), ...next.keys()])) {
      const before = this.byBox.get(key) ?? NONE;
      const after = next.get(key) ?? NONE;
      if (sameFindings(before, after)) continue;
      if (after.length) this.byBox.set(key, after);
      else this.byBox.delete(key);
      changed.add(key);
    }
    this.groupBoxes.set(group, new Set(next.keys()));
    this.groupFindings.set(group, findings);
  }
}

const sameFindings = (a: Finding[], b: Finding[]) => a.length === b.length && a.every((f, i) => f.key === b[i].key && f.message === b[i].message && f.severity === b[i].severity);

/** Indicator id → its group: indicators joined by partOfId or growthOfId (union–find). */
function groupsOf(indicators: IngestIndicator[]): Map<number, number> {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let p = parent.get(x) ?? x;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p)!;
    parent.set(x, p);
    return p;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const i of indicators) {
    if (i.partOfId != null) join(i.id, i.partOfId);
    if (i.growthOfId != null) join(i.id, i.growthOfId);
  }
  return new Map(indicators.map((i) => [i.id, find(i.id)]));
}
