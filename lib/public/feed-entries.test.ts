import { describe, expect, it } from "vitest";
import { feedItems, type FeedRow } from "./feed-entries";

const jan = new Date("2025-01-24T02:00:00Z");
const apr = new Date("2025-04-25T02:00:00Z");
const jun = new Date("2025-06-24T02:00:00Z");
const releases = [
  { id: 1, releaseAt: jan },
  { id: 2, releaseAt: apr },
  { id: 3, releaseAt: jun },
];
const rows: FeedRow[] = [
  // 2024Q4 published in January, revised in June
  { regionCode: "210100", period: "2024Q4", value: "460", releasedAt: jun, previous: { value: "455.5", flag: null, releasedAt: jan, revisedAt: jun } },
  { regionCode: "210102", period: "2024Q4", value: "40", releasedAt: jun, previous: { value: "39", flag: null, releasedAt: jan, revisedAt: jun } },
  { regionCode: "210100", period: "2025Q1", value: "110", releasedAt: apr, previous: null },
];

describe("feedItems", () => {
  const items = feedItems(releases, rows, "210100");

  it("lists releases newest first", () => {
    expect(items.map((i) => i.release.id)).toEqual([3, 2, 1]);
  });

  it("finds what a release published, also when it was revised later", () => {
    expect(items.map((i) => i.periods)).toEqual([["2024Q4"], ["2025Q1"], ["2024Q4"]]);
  });

  it("spells out the region's revisions with the old and new value", () => {
    expect(items[0].revisions).toEqual([{ period: "2024Q4", from: "455.5", to: "460" }]);
    expect(items[1].revisions).toEqual([]);
    expect(items[2].revisions).toEqual([]);
  });

  it("keeps a release with no visible value of the indicator (its values fully superseded twice)", () => {
    const extra = feedItems([...releases, { id: 4, releaseAt: new Date("2024-10-01T02:00:00Z") }], rows, "210100");
    expect(extra.at(-1)).toMatchObject({ periods: [], revisions: [] });
  });
});
