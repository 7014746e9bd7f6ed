import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chapterOf, chineseNumeral, expandArticleRef } from "./articles";
import { unitText } from "@/lib/bulletin/units";
import { parseClassification, parseIndicators, parseRegions } from "./catalogue";
import { DUE_DAYS } from "./catalogue-extras";
import { referenceIndicators } from "./load-reference";

const read = (f: string) => readFileSync(`data/reference/${f}`, "utf8");

describe("reference catalogue", () => {
  const indicators = parseIndicators(read("indicators.csv"));
  const byCode = new Map(indicators.map((i) => [i.code, i]));

  it("reads all 56 starter indicators", () => {
    expect(indicators).toHaveLength(56);
    expect(new Set(indicators.map((i) => i.code)).size).toBe(56);
  });

  it("applies the frequency rule: 季 wins, then 月, then 年; parts of DE001 follow it", () => {
    expect(byCode.get("DE008")!.frequency).toBe("QUARTER"); // 月/季
    expect(byCode.get("DE012")!.frequency).toBe("MONTH"); // 月
    expect(byCode.get("DE041")!.frequency).toBe("YEAR"); // 半年/年
    expect(byCode.get("DE001")!.frequency).toBe("QUARTER"); // 年(部分省份季)
    expect(byCode.get("DE004")!.frequency).toBe("QUARTER"); // 年, but a part of DE001
  });

  it("types growth rates, rates and stocks", () => {
    expect(byCode.get("DE002")!.measureType).toBe("GROWTH");
    expect(byCode.get("DE002")!.growthOf).toBe("DE001");
    expect(byCode.get("DE003")!.measureType).toBe("RATE");
    expect(byCode.get("DE003")!.maxValue).toBe("100");
    expect(byCode.get("DE010")!.measureType).toBe("STOCK");
    expect(byCode.get("DE001")!.measureType).toBe("CUMULATIVE");
    expect(byCode.get("DE006")!.partOf).toBe("DE001");
  });

  it("places every starter indicator in a regulation chapter", () => {
    for (const i of indicators) expect(i.chapter, i.code).not.toBeNull();
    expect(byCode.get("DE047")!.chapter).toBe("DIGITALIZATION");
    expect(byCode.get("DE007")!.articles).toEqual([19, 20, 21, 22, 23, 24, 13, 14, 15, 16, 17, 18]);
  });

  it("references only classification codes that exist", () => {
    const codes = new Set(parseClassification(read("classification.csv")).map((c) => c.code));
    for (const i of indicators) for (const c of i.categoryCodes) expect(codes.has(c), `${i.code}→${c}`).toBe(true);
  });

  it("marks 小类 as provisional and 01–04 as core", () => {
    const cats = parseClassification(read("classification.csv"));
    expect(cats.filter((c) => c.level === 1).map((c) => [c.code, c.isCore])).toEqual([
      ["01", true],
      ["02", true],
      ["03", true],
      ["04", true],
      ["05", false],
    ]);
    expect(cats.filter((c) => c.level === 3).every((c) => c.provisional && /provisional/.test(c.notes))).toBe(true);
  });

  it("reads the city and its 13 units", () => {
    const regions = parseRegions(read("districts.csv"));
    expect(regions).toHaveLength(14);
    expect(regions[0]).toMatchObject({ code: "210100", kind: "CITY" });
    expect(regions.filter((r) => r.kind !== "CITY")).toHaveLength(13);
  });
});

describe("public metadata of the catalogue", () => {
  const all = referenceIndicators();
  // what the compiler of the starter file wrote for colleagues: never for the public
  const MARKERS = /\b(?:UNVERIFIED|VERIFIED|SECONDARY|TODO|FIXME|XXX|TBD)\b/;
  const REMARKS = /notes\.md|check the form|provenance|re-?post|spam|\.html|https?:|待核实|未核实|待定/i;
  const internal = (t: string) => MARKERS.test(t) || REMARKS.test(t);

  it("gives every indicator a definition, method note and source in Chinese and English", () => {
    for (const i of all) {
      for (const f of ["definition", "methodNotes", "sourceNote"] as const) {
        expect(i[f], `${i.code} ${f}`).toMatch(/\p{Script=Han}/u);
        expect(i[f]!.length, `${i.code} ${f}`).toBeGreaterThanOrEqual(4);
      }
      for (const f of ["definitionEn", "methodNotesEn", "sourceNoteEn"] as const) {
        expect(i[f], `${i.code} ${f}`).toMatch(/^[A-Z0-9“"]/);
        expect(i[f], `${i.code} ${f}`).not.toMatch(/\p{Script=Han}/u);
      }
      // the English name heads every English page, chart and file: no Chinese in it either
      expect(i.nameEn, i.code).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it("names every 大类 and 中类 in English (the English industry pages list them), without Chinese", () => {
    const shown = parseClassification(read("classification.csv")).filter((c) => c.level <= 2);
    expect(shown.length).toBeGreaterThanOrEqual(5 + 30);
    for (const c of shown) {
      expect(c.nameEn, `${c.code} ${c.nameZh}`).toMatch(/^[A-Z]/);
      expect(c.nameEn, c.code).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it("keeps internal notes (UNVERIFIED, sources, working remarks) out of every public field", () => {
    const bad = all.flatMap((i) =>
      (["nameZh", "nameEn", "unit", "definition", "definitionEn", "methodNotes", "methodNotesEn", "sourceNote", "sourceNoteEn"] as const)
        .filter((f) => internal(i[f] ?? ""))
        .map((f) => `${i.code} ${f}: ${i[f]}`),
    );
    expect(bad).toEqual([]);
    // the starter file's notes are kept, for staff only
    const de001 = all.find((i) => i.code === "DE001")!;
    expect(de001.internalNotes).toContain("UNVERIFIED for Shenyang");
    expect(de001.methodNotes).not.toContain("UNVERIFIED");
  });

  it("the marker check catches the starter file's own notes", () => {
    const starterNotes = parseIndicators(read("indicators.csv")).map((i) => i.internalNotes ?? "");
    expect(starterNotes.filter(internal).length).toBeGreaterThan(5);
  });

  it("writes every unit in English too", () => {
    for (const i of all) expect(unitText(i.unit, "en"), i.unit).not.toMatch(/\p{Script=Han}/u);
  });

  it("gives every indicator a reporting deadline, and per-head counts are ratios", () => {
    for (const i of all) expect(DUE_DAYS[i.code], i.code).toBe(i.dueDays);
    const de025 = all.find((i) => i.code === "DE025")!;
    expect([de025.measureType, de025.decimals]).toEqual(["RATE", 1]);
    expect(all.find((i) => i.code === "DE036")!.regionCodes).toEqual(["210100"]);
  });
});

describe("articles", () => {
  it("reads Chinese numerals", () => {
    expect([chineseNumeral("五"), chineseNumeral("十"), chineseNumeral("十九"), chineseNumeral("二十四"), chineseNumeral("三十")]).toEqual([5, 10, 19, 24, 30]);
  });
  it("expands ranges and finds the home chapter", () => {
    const a = expandArticleRef("第八~十二条(数字基础设施);第二十五~二十八条(产业数字化)");
    expect(a).toEqual([8, 9, 10, 11, 12, 25, 26, 27, 28]);
    expect(chapterOf(a)).toBe("INFRASTRUCTURE");
    expect(chapterOf([5])).toBeNull();
  });
});
