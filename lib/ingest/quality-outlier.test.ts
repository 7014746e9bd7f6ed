import { describe, expect, it } from "vitest";
import { runQualityChecks } from "./quality";
import type { PublishedValue } from "./quality-values";
import { INDICATORS, REGIONS } from "./test-catalogue";
import type { QualityRow } from "./types";

let line = 1;
const row = (indicatorId: number, regionCode: string, period: string, value: string): QualityRow => ({ indicatorId, regionCode, period, value, line: ++line });
const pub = (indicatorId: number, regionCode: string, period: string, value: string): PublishedValue => ({ indicatorId, regionCode, period, value });
const run = (rows: QualityRow[], published: PublishedValue[] = [], locale: "zh" | "en" = "zh") =>
  runQualityChecks({ summary: { rows, truncated: false }, published, indicators: INDICATORS, regions: REGIONS, locale });
const outliers = <T extends { code: string }>(w: T[]) => w.filter((x) => x.code.startsWith("VALUE_OUTLIER"));

// DE010 (企业数, a stock): about 500 firms in 和平区 each quarter
const history = ["2023Q3", "2023Q4", "2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3"].map((p, i) => pub(10, "210102", p, String(505 + (i % 3) * 4)));

describe("a value far from its series", () => {
  it("flags 127555 against a series around 500, with both figures (the incident)", () => {
    const w = outliers(run([row(10, "210102", "2025Q4", "127555")], history));
    expect(w.map((x) => x.code)).toEqual(["VALUE_OUTLIER"]);
    expect(w[0].message).toContain("填报 127555，本序列近8期中位数 509");
    expect(w[0].message).toContain("和平区 2025年第四季度");
    expect(w[0].message).toContain("数字经济核心产业“四上”企业数（DE010）");
    expect(w[0]).toMatchObject({ line });
    const en = outliers(run([row(10, "210102", "2025Q4", "127555")], history, "en"));
    expect(en[0].message).toContain("reported 127555; the median of this series' last 8 published values is 509");
  });
  it("flags a value a tenth of its series too, and is quiet within ten times either way", () => {
    expect(outliers(run([row(10, "210102", "2025Q4", "50.8")], history))).toHaveLength(1);
    expect(outliers(run([row(10, "210102", "2025Q4", "51")], history))).toHaveLength(0); // 509 / 51 < 10
    expect(outliers(run([row(10, "210102", "2025Q4", "5000")], history))).toHaveLength(0);
    expect(outliers(run([row(10, "210102", "2025Q4", "5100")], history))).toHaveLength(1);
  });
  it("draws the line at ten times exactly, in figures of 18 digits and year-to-date months (floats would blur it)", () => {
    // median 123456789012.345678 (eight equal values): ten times is 1234567890123.45678
    const big = history.map((h) => ({ ...h, value: "123456789012.345678" }));
    expect(outliers(run([row(10, "210102", "2025Q4", "1234567890123.456780")], big))).toHaveLength(0);
    expect(outliers(run([row(10, "210102", "2025Q4", "1234567890123.456781")], big))).toHaveLength(1);
    expect(outliers(run([row(10, "210102", "2025Q4", "12345678901.234568")], big))).toHaveLength(0);
    expect(outliers(run([row(10, "210102", "2025Q4", "12345678901.234567")], big))).toHaveLength(1);
    // DE001 (累计): 1—9月 of 900000000000.000003 is 300000000000.000001 a quarter; a Q1 ten times that
    const ytd = ["2024Q3", "2025Q3"].map((p) => pub(1, "210100", p, "900000000000.000003"));
    expect(outliers(run([row(1, "210100", "2026Q1", "3000000000000.000010")], ytd))).toHaveLength(0);
    expect(outliers(run([row(1, "210100", "2026Q1", "3000000000000.000011")], ytd))).toHaveLength(1);
  });
  it("compares with the eight published values nearest in time, not the whole history", () => {
    // the series grew tenfold years ago: the old values no longer set its size
    const grown = [...["2019Q1", "2019Q2", "2019Q3", "2019Q4", "2020Q1", "2020Q2", "2020Q3", "2020Q4"].map((p) => pub(10, "210102", p, "40")), ...history];
    expect(outliers(run([row(10, "210102", "2025Q4", "520")], grown))).toHaveLength(0);
    expect(outliers(run([row(10, "210102", "2025Q4", "40")], grown))).toHaveLength(1);
  });
  it("scales year-to-date values to the months they cover, so a first quarter is not a tenth of full years", () => {
    // DE001 (累计): Q4 (full year) about 1200, Q1 about 300
    const ytd = ["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4"].map((p, i) => pub(1, "210100", p, String(300 * ((i % 4) + 1))));
    expect(outliers(run([row(1, "210100", "2026Q1", "110")], ytd))).toHaveLength(0);
    const w = outliers(run([row(1, "210100", "2026Q1", "29")], ytd)); // 29 against about 300 for a quarter
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain("本序列近8期中位数 300（累计值按月数折算）");
  });
  it("without a published series, compares with the indicator's other areas and periods of the same level", () => {
    const others = ["210103", "210104", "210105", "210106"].map((r) => pub(10, r, "2025Q3", "480"));
    const w = outliers(run([row(10, "210111", "2025Q4", "48000")], others));
    expect(w.map((x) => x.code)).toEqual(["VALUE_OUTLIER_INDICATOR"]);
    expect(w[0].message).toContain("填报 48000，该指标其他地区、时期的中位数 480（4 个数值）");
    // the city is ten times a district by nature: it is not compared with them
    expect(outliers(run([row(10, "210100", "2025Q4", "6500")], others))).toHaveLength(0);
    // a first upload of a new series: the file's own values are the comparison
    expect(outliers(run([row(40, "210102", "2023", "12"), row(40, "210102", "2024", "13"), row(40, "210102", "2025", "1500"), row(40, "210103", "2025", "14")]))).toHaveLength(1);
    expect(outliers(run([row(40, "210102", "2025", "1500"), row(40, "210102", "2024", "13")]))).toHaveLength(0); // too few values to compare with
  });
  it("leaves growth rates and zeros alone", () => {
    const growth = history.map((h) => ({ ...h, indicatorId: 9 }));
    expect(outliers(run([row(9, "210102", "2025Q4", "-0.4")], growth.map((g) => ({ ...g, value: "12" }))))).toHaveLength(0);
    expect(outliers(run([row(10, "210102", "2025Q4", "0")], history))).toHaveLength(0);
  });
  it("lists at most 200 and counts the rest", () => {
    const many = Array.from({ length: 230 }, (_, i) => row(24, "210102", `${2000 + Math.floor(i / 12)}M${String((i % 12) + 1).padStart(2, "0")}`, "90000"));
    const published = ["2025M01", "2025M02", "2025M03"].map((p) => pub(24, "210102", p, "9"));
    const w = outliers(run(many, published));
    expect(w).toHaveLength(201);
    expect(w[200].message).toBe("另有 30 个数值与本序列已发布值相差 10 倍以上，未逐一列出。");
  });
});
