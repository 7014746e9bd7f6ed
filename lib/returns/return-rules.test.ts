// One engine, one result: the same values reach the rules by an upload (a CSV through the
// streaming reader's quality summary, as staging and review run it) and by the online return's
// boxes (as the grid runs it in the browser and submission on the server).
import { describe, expect, it } from "vitest";
import { long, runCsv } from "@/lib/ingest/ingest-test-helpers";
import type { PublishedValue } from "@/lib/ingest/quality-values";
import { INDICATORS, testContext } from "@/lib/ingest/test-catalogue";
import { evaluateRules, type Finding } from "@/lib/rules/evaluate";
import { DEFAULT_RULES } from "@/lib/rules/defaults";
import type { Rule } from "@/lib/rules/params";
import type { CellMap } from "./cells";
import { evaluateReturn, missingExplanations } from "./return-rules";

const rules: Rule[] = [
  ...DEFAULT_RULES.filter((r) => r.active),
  { id: 7, code: "YOY_BAND", version: 2, nameZh: "与上年同期相比", nameEn: "yoy", scope: "DE010", severity: "SOFT", active: true, params: { check: "yoy_band", pct: "30" } },
  { id: 8, code: "RANGE", version: 2, nameZh: "数值范围", nameEn: "range", scope: "DE001", severity: "HARD", active: true, params: { check: "range", min: "0", max: "1000" } },
];
const published: PublishedValue[] = [
  { indicatorId: 10, regionCode: "210100", period: "2024Q3", value: "120" },
  { indicatorId: 10, regionCode: "210100", period: "2025Q2", value: "200" },
  { indicatorId: 1, regionCode: "210100", period: "2025Q1", value: "300" },
  { indicatorId: 1, regionCode: "210100", period: "2025Q2", value: "600" },
];
const values: [string, string, string][] = [
  ["DE010", "210100", "210"],
  ["DE010", "210102", "1,234"],
  ["DE001", "210100", "1500.5"],
  ["DE001", "210102", "12"],
];
const same = (f: Finding[]) => f.map(({ line: _line, ...rest }) => rest);

describe("the same findings by upload and by online return", () => {
  it("hard, soft and information findings agree, key for key and word for word", async () => {
    const ctx = testContext();
    const upload = await runCsv(long(...values.map(([c, r, v]) => `${c},${r},2025Q3,"${v}",,`)));
    expect(upload.report.ok).toBe(true);
    const fromUpload = evaluateRules({ summary: upload.quality, published, indicators: INDICATORS, regions: ctx.regions, rules, locale: "zh" });

    const cells: CellMap = {};
    for (const [code, region, v] of values) {
      const id = INDICATORS.find((i) => i.code === code)!.id;
      (cells[id] ??= {})[region] = { v, f: "", n: "" };
    }
    const fromReturn = evaluateReturn({ context: ctx, indicators: INDICATORS, published, rules }, "2025Q3", cells);

    expect(same(fromReturn.findings)).toEqual(same(fromUpload.findings));
    expect(fromReturn.findings.map((f) => [f.rule, f.severity]).sort()).toEqual([
      ["QOQ_JUMP", "INFO"], // DE001 in-period 1500.5 − 600 = 900.5 against 600 − 300 = 300: beyond 50%
      ["RANGE", "HARD"],
      ["YOY_BAND", "SOFT"],
    ]);
    const soft = fromReturn.findings.find((f) => f.severity === "SOFT")!;
    expect(soft.message).toContain("上年同期 120，允许 84–156（±30%），填报 210");
    expect(missingExplanations(fromReturn.findings, {})).toEqual([soft]);
    expect(missingExplanations(fromReturn.findings, { [soft.key]: "新增 90 家企业入统" })).toEqual([]);
  });
});
