import { describe, expect, it } from "vitest";
import { indicator } from "@/lib/dashboard/test-fixtures";
import { chapterCandidates, inChoiceOrder, newsAfter, pickChapterLines } from "./select-lines";

const chapter = (n: number, headline: number[] = []) =>
  Array.from({ length: n }, (_, k) => indicator(`SL${String(k + 1).padStart(3, "0")}`, { chapter: "INNOVATION", isHeadline: headline.includes(k + 1) }));
const codes = (lines: { code: string }[]) => lines.map((l) => l.code);

describe("a chapter's lines in the bulletin", () => {
  it("prints at most the cap, in catalogue order, and counts the others with a recent figure", () => {
    const inds = chapter(8);
    const pick = pickChapterLines(inds, () => true, (i) => i, 5);
    expect(codes(pick.lines)).toEqual(["SL001", "SL002", "SL003", "SL004", "SL005"]);
    expect(pick.more).toBe(3);
  });

  it("chooses the headline indicators first, and still prints them in catalogue order", () => {
    const inds = chapter(8, [7, 3]);
    expect(codes(inChoiceOrder(inds)).slice(0, 3)).toEqual(["SL003", "SL007", "SL001"]);
    const pick = pickChapterLines(inds, () => true, (i) => i, 4);
    expect(codes(pick.lines)).toEqual(["SL001", "SL002", "SL003", "SL007"]);
    expect(pick.more).toBe(4);
  });

  it("neither prints nor counts an indicator without a recent figure", () => {
    const inds = chapter(8);
    const stale = new Set(["SL002", "SL006"]);
    const pick = pickChapterLines(inds, (i) => !stale.has(i.code), (i) => i, 4);
    expect(codes(pick.lines)).toEqual(["SL001", "SL003", "SL004", "SL005"]);
    expect(pick.more).toBe(2); // SL007, SL008
  });

  it("takes the next choice when one's recent figures give no line (all withheld), and does not count it", () => {
    const inds = chapter(6);
    const pick = pickChapterLines(inds, () => true, (i) => (i.code === "SL002" ? null : i), 3);
    expect(codes(pick.lines)).toEqual(["SL001", "SL003", "SL004"]);
    expect(pick.more).toBe(2);
  });

  it("has nothing more to say when the chapter fits", () => {
    const pick = pickChapterLines(chapter(3), () => true, (i) => i, 15);
    expect(pick.lines).toHaveLength(3);
    expect(pick.more).toBe(0);
  });

  it("leaves out of the candidates what the headline states, retired indicators and published growth rates", () => {
    const total = indicator("DE001", { chapter: "INNOVATION" });
    const part = indicator("SLP", { chapter: "INNOVATION", partOfId: total.id });
    const rate = indicator("SLG", { chapter: "INNOVATION", measureType: "GROWTH", growthOfId: indicator("SL001").id });
    const retired = indicator("SLR", { chapter: "INNOVATION", retired: true });
    const other = indicator("SLO", { chapter: "INFRASTRUCTURE" });
    expect(codes(chapterCandidates([total, part, ...chapter(2), rate, retired, other], "INNOVATION"))).toEqual(["SL001", "SL002"]);
  });

  it("calls a figure recent when its period ends after the same quarter a year before", () => {
    expect(newsAfter("2025Q3")).toBe("2024-09-30");
    expect(newsAfter("2025Q1")).toBe("2024-03-31");
  });
});
