import { expect, it } from "vitest";
import { indicator } from "@/lib/dashboard/test-fixtures";
import { emergingCards, EMERGING_SHOWN } from "./emerging-cards";

const tags = [
  { code: "cloud", nameZh: "云计算", nameEn: "Cloud computing" },
  { code: "ai", nameZh: "人工智能", nameEn: "Artificial intelligence" },
  { code: "metaverse", nameZh: "元宇宙", nameEn: "Metaverse" },
];

it("lists a tag's first indicators in catalogue order and counts the rest; a retired one is neither listed nor counted", () => {
  const cloud = Array.from({ length: EMERGING_SHOWN + 3 }, (_, i) => indicator(`C${String(i).padStart(3, "0")}`, { emergingCodes: ["cloud"] }));
  const retired = indicator("C900", { emergingCodes: ["cloud", "ai"], retired: true });
  const ai = [indicator("A001", { emergingCodes: ["ai", "cloud"] }), indicator("A002", { emergingCodes: ["ai"] })];
  const catalogue = [ai[0], ...cloud, retired, ai[1]];
  const cards = emergingCards(tags, catalogue);
  expect(cards.map((c) => [c.tag.code, c.shown.map((i) => i.code), c.more])).toEqual([
    ["cloud", ["A001", ...cloud.slice(0, EMERGING_SHOWN - 1).map((i) => i.code)], 4],
    ["ai", ["A001", "A002"], 0],
    ["metaverse", [], 0], // an industry with no indicator yet keeps its card
  ]);
});
