import { describe, expect, it } from "vitest";
import { filterCatalogue, filterRetired, groupByChapter, isListed, normaliseSearch, parseCatalogueFilter } from "./catalogue-filter";

const ind = (code: string, nameZh: string, nameEn: string, chapter: string | null, categoryCodes: string[] = [], emergingCodes: string[] = [], retired = false) =>
  ({ code, nameZh, nameEn, chapter, categoryCodes, emergingCodes, retired }) as const;

const catalogue = [
  ind("DE001", "数字经济核心产业增加值", "Value added of digital-economy core industries", "INDUSTRIALIZATION", ["01", "02", "03", "04"]),
  ind("DE012", "软件业务收入", "Software business revenue", "INDUSTRIALIZATION", ["0301"]),
  ind("DE024", "5G基站数", "5G base stations", "INFRASTRUCTURE"),
  ind("DE032", "在用数据中心标准机架数", "Data-centre racks in use", "INFRASTRUCTURE", [], ["cloud"]),
  ind("DE098", "区块链企业数量", "Blockchain enterprises", "INDUSTRIALIZATION", ["03"], ["blockchain"], true), // retired before any release
  ind("DE099", "已停用指标", "Retired", "INNOVATION", [], [], true),
  ind("DE100", "云计算企业数量", "Cloud enterprises", "INDUSTRIALIZATION", ["0301"], ["cloud"], true),
  ind("GDP", "地区生产总值", "Gross regional product (GDP)", null),
];
const known = { categories: ["01", "03"], emerging: ["cloud", "ai", "blockchain"] };
const filter = (search: Record<string, string>) => filterCatalogue(catalogue, parseCatalogueFilter(search, known)).map((i) => i.code);
/** the codes with released (publicly visible) data */
const released = new Set(["DE001", "DE012", "DE024", "DE099", "DE100", "GDP"]);
const hasReleasedData = (i: { code: string }) => released.has(i.code);
const retired = (search: Record<string, string>) => filterRetired(catalogue, parseCatalogueFilter(search, known), hasReleasedData).map((i) => i.code);

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

  it("never lists retired indicators among the active ones", () => {
    expect(filter({ q: "停用" })).toEqual([]);
    expect(filter({ q: "enterprises" })).toEqual([]);
  });

  it("finds retired indicators with released data, apart from the active ones", () => {
    expect(retired({ q: "停用" })).toEqual(["DE099"]);
    expect(retired({ q: "ＤＥ１００" })).toEqual(["DE100"]);
    expect(retired({ q: "cloud" })).toEqual(["DE100"]);
    expect(retired({ q: "软件" })).toEqual([]);
  });

  it("never lists a retired indicator that released nothing", () => {
    expect(retired({ q: "区块链" })).toEqual([]);
    expect(retired({ emerging: "blockchain" })).toEqual([]);
  });
});

describe("retired indicators with released data", () => {
  it("are all listed when nothing is filtered, in catalogue order", () => {
    expect(retired({})).toEqual(["DE099", "DE100"]);
  });

  it("follow the same chapter, category and emerging-industry filters as the active ones", () => {
    expect(retired({ chapter: "INDUSTRIALIZATION" })).toEqual(["DE100"]);
    expect(filter({ chapter: "INDUSTRIALIZATION" })).toEqual(["DE001", "DE012"]);
    expect(retired({ category: "03" })).toEqual(["DE100"]);
    expect(retired({ emerging: "cloud" })).toEqual(["DE100"]);
    expect(retired({ chapter: "INFRASTRUCTURE" })).toEqual([]);
  });

  it("are listed (catalogue facets, sitemap) while active ones always are", () => {
    const listed = catalogue.filter((i) => isListed(i, hasReleasedData)).map((i) => i.code);
    expect(listed).toEqual(["DE001", "DE012", "DE024", "DE032", "DE099", "DE100", "GDP"]);
    expect(isListed({ retired: false }, () => false)).toBe(true); // active without data yet: listed
    expect(isListed({ retired: true }, () => false)).toBe(false);
    expect(isListed({ retired: true }, () => true)).toBe(true);
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
