import { describe, expect, it } from "vitest";
import type { Cell } from "./suppress";
import { buildRelations, cellKey, indicatorClosure, indicatorSums, isAdditive } from "./tables";

const IND = [
  { id: 1, measureType: "CUMULATIVE", unit: "亿元", partOfId: null },
  { id: 4, measureType: "CUMULATIVE", unit: "亿元", partOfId: 1 },
  { id: 5, measureType: "CUMULATIVE", unit: "亿元", partOfId: 1 },
  { id: 3, measureType: "RATE", unit: "%", partOfId: null },
  { id: 9, measureType: "STOCK", unit: "家", partOfId: null },
];

describe("tables", () => {
  it("links parts to their total, and declared relations transitively", () => {
    const sums = indicatorSums(IND, [{ totalId: 9, partIds: [5, 7] }]);
    expect(sums).toContainEqual({ totalId: 1, partIds: [4, 5] });
    expect(indicatorClosure([4], sums)).toEqual([1, 4, 5, 7, 9]);
    expect(indicatorClosure([3], sums)).toEqual([3]);
  });
  it("adds districts to the city only for amounts and counts, not rates", () => {
    expect(IND.filter(isAdditive).map((i) => i.id)).toEqual([1, 4, 5, 9]);
  });
  it("leaves out a relation the values do not satisfy (it tells an attacker nothing true)", () => {
    const cells = new Map<string, Cell>();
    const put = (i: number, r: string, v: string | null) => cells.set(cellKey(i, r, "2025Q1"), { key: cellKey(i, r, "2025Q1"), value: v, status: "fixed" });
    put(1, "C", "10"), put(4, "C", "6"), put(5, "C", "4"); // holds
    put(1, "A", "10"), put(4, "A", "6"), put(5, "A", "9"); // off by 5
    put(1, "B", "10"), put(4, "B", "6"), put(5, "B", null); // unknown part: kept
    for (const i of [1, 4, 5]) put(i, "D", "1");
    const rel = buildRelations({ indicators: IND.slice(0, 3), sums: indicatorSums(IND.slice(0, 3), []), city: "C", districts: ["A", "B"], periods: ["2025Q1"] }, cells);
    const totals = rel.map((r) => r.total);
    expect(totals).toContain(cellKey(1, "C", "2025Q1"));
    expect(totals).toContain(cellKey(1, "B", "2025Q1"));
    expect(totals).not.toContain(cellKey(1, "A", "2025Q1"));
  });
});
