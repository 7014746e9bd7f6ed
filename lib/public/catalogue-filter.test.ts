import { describe, expect, it } from "vitest";
import { filterCatalogue, groupByChapter, normaliseSearch, parseCatalogueFilter } from "./catalogue-filter";

const ind = (code: string, nameZh: string, nameEn: string, chapter: string | null, categoryCodes: string[] = [], emergingCodes: string[] = [], retired = false) =>
  ({ code, nameZh, nameEn, chapter, categoryCodes, emergingCodes, retired }) as const;

const catalogue = [
  ind("DE001", "数字经济核心产业增加值", "Value added of digital-economy core industries", "INDUSTRIALIZATION", ["01", "02", "03", "04"]),
  ind("DE012", "软件业务收入", "Software business revenue", "INDUSTRIALIZATION", ["0301"]),
  ind("DE024", "5G基站数", "5G base stations", "INFRASTRUCTURE"),
  ind("DE032", "在用数据中心标准机架数", "Data-centre racks in use", "INFRASTRUCTURE", [], ["cloud"]),
  ind("DE099", "已停用指标", "Retired", "INNOVATION", [], [], true),
  ind("GDP", "地区生产总值", "Gross regional product (GDP)", null),
];
const known = { categories: ["01", "03"], emerging: ["cloud", "ai"] };
const filter = (search: Record<string, string>) => filterCatalogue(catalogue, parseCatalogueFilter(search, known)).map((i) => i.code);

describe("catalogue search", () => {
  it("finds indicators by a Chinese name fragment", () => {
    expect(filter({ q: "软件" })).toEqual(["DE012"]);
    expect(filter({ q: "增加值" })).toEqual(["DE001"]);
  });

  it("finds by code in any case or in full-width characters typed with an IME", () => {
    expect(normaliseSearch("　ＤＥ０２４ ")).toBe("de024");
    expect(filter({ q: "ｄｅ０２４" })).toEqual(["DE024"]);
    expect(filter({ q: "de03" })).toEqual(["DE032"]);
  });

  it("needs every word to match, in Chinese or English names", () => {
    expect(filter({ q: "5G 基站" })).toEqual(["DE024"]);
    expect(filter({ q: "5G 软件" })).toEqual([]);
    expect(filter({ q: "racks" })).toEqual(["DE032"]);
  });

  it("never lists retired indicators", () => {
    expect(filter({ q: "停用" })).toEqual([]);
  });
});

describe("catalogue browsing", () => {
  it("filters by chapter, NBS category (including its sub-categories) and emerging industry", () => {
    expect(filter({ chapter: "INFRASTRUCTURE" })).toEqual(["DE024", "DE032"]);
    expect(filter({ category: "03" })).toEqual(["DE001", "DE012"]);
    expect(filter({ emerging: "cloud" })).toEqual(["DE032"]);
  });

  it("ignores unknown filter values instead of showing nothing", () => {
    expect(parseCatalogueFilter({ chapter: "NOPE", category: "99", emerging: "x" }, known)).toEqual({ q: "", chapter: null, category: null, emerging: null });
  });

  it("groups in the regulation's chapter order with unassigned indicators last", () => {
    const groups = groupByChapter(filterCatalogue(catalogue, parseCatalogueFilter({}, known)));
    expect(groups.map((g) => [g.chapter, g.indicators.map((i) => i.code)])).toEqual([
      ["INFRASTRUCTURE", ["DE024", "DE032"]],
      ["INDUSTRIALIZATION", ["DE001", "DE012"]],
      [null, ["GDP"]],
    ]);
  });
});
