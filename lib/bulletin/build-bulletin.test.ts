import { describe, expect, it } from "vitest";
import { coreData } from "@/lib/dashboard/fixture-data";
import { CITY, indicator, obs, REGIONS } from "@/lib/dashboard/test-fixtures";
import { buildBulletin } from "./build-bulletin";
import { LINES_PER_CHAPTER } from "./select-lines";

function bulletin(period = "2025Q3", lang: "zh" | "en" = "zh", extra: ReturnType<typeof coreData>["o"] = []) {
  const { c, o } = coreData();
  return buildBulletin({ period, indicators: c.all, observations: [...o, ...extra], regions: REGIONS }, lang);
}

describe("bulletin content", () => {
  it("opens with the core industries in release wording", () => {
    expect(bulletin()!.headline).toBe("2025年前三季度，全市数字经济核心产业实现增加值360.50亿元，同比增长8.6%，占地区生产总值比重为6.9%，比上年同期提高0.3个百分点。");
    expect(bulletin("2025Q3", "en")!.headline).toMatch(/^In 2025 Q1–Q3, .* value added of 360.50 \(100 million yuan\), up 8\.6% year on year/);
  });

  it("does not exist for a quarter whose core data is not released", () => {
    expect(bulletin("2025Q4")).toBeNull();
    expect(bulletin("2023Q1")).toBeNull();
  });

  it("writes a section per chapter with the indicators that have recent figures", () => {
    const b = bulletin()!;
    const infra = b.sections.find((s) => s.key === "INFRASTRUCTURE")!;
    expect(infra.lines.map((l) => l.indicator.code)).toEqual(["DE024", "DE032"]);
    expect(infra.lines[0].sentence).toBe("2025年9月，指标DE0241200个，同比增长20.0%（计算值）。");
    expect(infra.lines[1].sentence).toBe("指标DE032470架，同比下降6.0%（计算值）。");
    // the headline's indicators are not repeated in their chapter
    expect(b.sections.find((s) => s.key === "INDUSTRIALIZATION")!.lines).toEqual([]);
    expect(b.sections.find((s) => s.key === "DATA_FACTOR")!.lines).toEqual([]);
  });

  it("lists revised values with the figure they replaced", () => {
    const { c } = coreData();
    const revised = obs(c.de001, CITY, "2024Q4", "465", { previous: { value: "460", flag: null, releasedAt: new Date("2025-01-20T02:00:00Z"), revisedAt: new Date("2025-06-24T02:00:00Z") }, releasedAt: new Date("2025-06-24T02:00:00Z") });
    const { o } = coreData();
    const b = buildBulletin({ period: "2025Q3", indicators: c.all, observations: [...o.filter((x) => !(x.indicatorId === c.de001.id && x.period === "2024Q4" && x.regionCode === CITY)), revised], regions: REGIONS }, "zh")!;
    expect(b.revisions).toMatchObject([{ indicator: { code: "DE001" }, period: "2024Q4", value: "465", previous: "460" }]);
  });

  it("states a chapter's main indicators only: at most LINES_PER_CHAPTER, headline ones first, and says how many more the catalogue has", () => {
    const { c, o } = coreData();
    // a large chapter: 24 more indicators with this quarter's figure, one of them a headline
    // indicator late in catalogue order, and two whose last figure is more than a year old
    const many = Array.from({ length: 26 }, (_, k) => indicator(`BX${String(k + 1).padStart(3, "0")}`, { chapter: "INFRASTRUCTURE", isHeadline: k + 1 === 25 }));
    const stale = new Set(["BX003", "BX004"]);
    const values = many.map((i) => obs(i, CITY, stale.has(i.code) ? "2024Q2" : "2025Q3", "10"));
    const b = buildBulletin({ period: "2025Q3", indicators: [...c.all, ...many], observations: [...o, ...values], regions: REGIONS }, "zh")!;
    const infra = b.sections.find((s) => s.key === "INFRASTRUCTURE")!;
    const shown = infra.lines.map((l) => l.indicator.code);
    expect(shown).toHaveLength(LINES_PER_CHAPTER);
    // DE024 is a headline indicator too; the rest in catalogue order, stale ones skipped
    expect(shown).toEqual(["DE024", "DE032", "BX001", "BX002", ...["05", "06", "07", "08", "09", "10", "11", "12", "13", "14"].map((n) => `BX0${n}`), "BX025"]);
    expect(infra.more).toBe(28 - 2 - LINES_PER_CHAPTER); // 28 candidates, 2 stale
    expect(b.shown.map((i) => i.code)).not.toContain("BX015");
    expect(b.sections.find((s) => s.key === "DATA_FACTOR")!.more).toBe(0);
  });
});
