import { describe, expect, it } from "vitest";
import { CHAPTER_SHOWN, listedItems, type ChapterItem, type ChapterStatus } from "./chapters";

const item = (code: string, status: ChapterStatus) => ({ indicator: { code }, status }) as unknown as ChapterItem;

describe("a chapter of the dashboard's chapter view", () => {
  it("lists a short chapter whole, in catalogue order", () => {
    const items = [item("A", "stable"), item("B", "worsening"), item("C", "improving")];
    expect(listedItems(items)).toEqual(items);
  });

  it("lists a long chapter's late and worsening indicators first, then the rest, up to the cap, in catalogue order", () => {
    const items = Array.from({ length: 40 }, (_, i) => item(`X${String(i).padStart(2, "0")}`, i === 30 ? "late" : i === 35 ? "worsening" : "stable"));
    const listed = listedItems(items);
    expect(listed).toHaveLength(CHAPTER_SHOWN);
    expect(listed.map((i) => i.indicator.code)).toEqual([...items.slice(0, CHAPTER_SHOWN - 2), items[30], items[35]].map((i) => i.indicator.code));
  });
});
