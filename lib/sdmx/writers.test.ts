import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { dataCsv } from "./csv/data-csv";
import type { DataSetRows } from "./data/select-data";
import { dataJson } from "./json/data-json";
import { structureJson } from "./json/structure-json";
import { dataXml } from "./ml/data-xml";
import { dsdSchema } from "./ml/dsd-schema";
import { structureXml } from "./ml/structure-xml";
import { parseStructureQuery, selectArtefacts } from "./query/structure-query";
import { buildStructures } from "./structure/model";
import { SDMX_REFERENCE_DIR, validateSdmxJsonData, validateSdmxJsonStructure, validateSdmxMl } from "./testing/validators";
import { sdmxUnit } from "./units";

const ind = (code: string, more: Partial<PublicIndicator>): PublicIndicator => ({ id: 1, code, nameZh: `指标${code}`, nameEn: `Indicator ${code} <&>`, unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", decimals: 2, chapter: "INDUSTRIALIZATION", retiredAt: null, ...more }) as PublicIndicator;
const indicators = [ind("DE001", {}), ind("DE099", { id: 2, unit: "万户", frequency: "MONTH", measureType: "STOCK", chapter: "INFRASTRUCTURE", retiredAt: new Date("2024-07-01"), retired: true })];
const regions = [{ code: "210100", nameZh: "沈阳市", nameEn: "Shenyang" }, { code: "210102", nameZh: "和平区", nameEn: "Heping District" }];
const s = buildStructures(indicators, regions);
const h = { id: "IREF1", prepared: new Date("2026-01-01T00:00:00Z"), senderName: { zh: "沈阳市统计局", en: "Shenyang Municipal Bureau of Statistics" } };

const row = (area: string, period: string, value: string | null, extra: Record<string, string | null> = {}) => ({
  c: { FREQ: "Q", INDICATOR: "DE001", REF_AREA: area, MEASURE: "LEVEL", TIME_PERIOD: period, OBS_VALUE: value, UNIT_MEASURE: "CNY", UNIT_MULT: "8", DECIMALS: "2", OBS_STATUS: value === null ? "M" : "A", OBS_CONF: value === null ? "C" : "F", COMPUTED: null, OBS_COMMENT: null, ...extra },
  span: { start: `${period.slice(0, 4)}-01-01`, end: `${period.slice(0, 4)}-03-31` },
  releasedAt: new Date("2025-04-20T02:00:00Z"),
  revision: null,
  isDemo: false,
});
const sets: DataSetRows[] = [
  {
    validFrom: null,
    validTo: null,
    rows: [row("210100", "2025-Q1", "12.3456789012345678901234567890123456789", { OBS_COMMENT: '=HYPERLINK("x") <b>' }), row("210100", "2025-Q2", null), row("210102", "2025-Q1", "-0.5")],
  },
];

function dsdFile(dim: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "dsd-")), "dsd.xsd");
  writeFileSync(file, dsdSchema(dim, path.join(SDMX_REFERENCE_DIR, "ml-2.1")));
  return file;
}

// xmllint reads the SDMX-ML 2.1 schema set (about 1 MB of XSD) on every call
describe("SDMX structures from the catalogue", { timeout: 30_000 }, () => {
  it("keep a discontinued indicator in its codelist, say so, and name everything in Chinese and English", () => {
    const cl = s.codelists.find((c) => c.id === "CL_INDICATOR")!;
    expect(cl.codes.map((c) => c.id)).toEqual(["DE001", "DE099"]);
    expect(cl.codes[1].description).toEqual({ zh: "单位：万户；已停用（2024-07-01起不再采集），已发布数据仍可查询", en: "Unit: 万户; discontinued since 2024-07-01, its released data stay available" });
    expect(s.codelists.find((c) => c.id === "CL_AREA")!.codes[1]).toEqual({ id: "210102", name: { zh: "和平区", en: "Heping District" }, parent: "210100" });
    expect(s.dataflows.find((f) => f.id === "DF_DE_INFRASTRUCTURE")!.indicatorCodes).toEqual(["DE099"]);
  });
  it("split units into base unit and multiplier (亿元 = CNY × 10^8), with a stable code for a unit not in the table", () => {
    expect(sdmxUnit("亿元")).toMatchObject({ code: "CNY", mult: 8 });
    expect(sdmxUnit("万户")).toMatchObject({ code: "HH", mult: 4 });
    expect(sdmxUnit("%")).toMatchObject({ code: "PC", mult: 0 });
    expect(sdmxUnit("吨标准煤").code).toMatch(/^U_[0-9A-F]{8}$/);
    expect(sdmxUnit("吨标准煤").code).toBe(sdmxUnit("吨标准煤").code);
  });
  it("validate as SDMX-ML 2.1 and SDMX-JSON 2.0.0 structure messages, escaped", () => {
    const sel = selectArtefacts(parseStructureQuery(["*"], new URLSearchParams()), s);
    const xml = structureXml(sel, s, h);
    expect(validateSdmxMl(xml)).toEqual([]);
    expect(xml).toContain("Indicator DE001 &lt;&amp;&gt;");
    expect(validateSdmxJsonStructure(JSON.parse(structureJson(sel, s, h, "en")))).toEqual([]);
  });
});

describe("SDMX data writers", { timeout: 30_000 }, () => {
  it("SDMX-ML: valid against the XSDs for every observation dimension; a withheld value has no OBS_VALUE", () => {
    for (const dim of ["TIME_PERIOD", "REF_AREA", "AllDimensions"]) {
      const xml = dataXml(sets, "DF_DE", dim, h);
      expect(validateSdmxMl(xml, dsdFile(dim)), dim).toEqual([]);
    }
    const xml = dataXml(sets, "DF_DE", "TIME_PERIOD", h);
    expect(xml).toContain('<Obs TIME_PERIOD="2025-Q2" OBS_STATUS="M" OBS_CONF="C"/>');
    expect(xml).toContain('OBS_VALUE="12.3456789012345678901234567890123456789"');
    expect(xml).toContain('OBS_COMMENT="=HYPERLINK(&quot;x&quot;) &lt;b&gt;"');
  });
  it("SDMX-ML: the DSD schema refuses an attribute the structure does not have", () => {
    const xml = dataXml(sets, "DF_DE", "TIME_PERIOD", h).replace('OBS_CONF="F"', 'OBS_CONF="F" SECRET="1"');
    expect(validateSdmxMl(xml, dsdFile("TIME_PERIOD")).join("\n")).toMatch(/SECRET/);
  });
  it("SDMX-JSON: valid, exact decimals as JSON numbers, null for a withheld value", () => {
    for (const dim of ["TIME_PERIOD", "REF_AREA", "AllDimensions"]) {
      const text = dataJson(sets, "DF_DE", dim, s, h, "zh");
      expect(validateSdmxJsonData(JSON.parse(text)), dim).toEqual([]);
      expect(text).toContain("[12.3456789012345678901234567890123456789,");
    }
    const msg = JSON.parse(dataJson(sets, "DF_DE", "TIME_PERIOD", s, h, "zh"));
    expect(Object.values<{ observations: Record<string, unknown[]> }>(msg.data.dataSets[0].series)[0].observations["1"][0]).toBeNull();
    expect(validateSdmxJsonData({ meta: {}, data: {} }).length).toBeGreaterThan(0); // the validator does refuse
  });
  it("SDMX-CSV: one header of component ids, exact values, text cells neutralised for spreadsheets", () => {
    const lines = dataCsv(sets, "DF_DE", s, "id", "zh").replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,INDICATOR,REF_AREA,MEASURE,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,DECIMALS,OBS_STATUS,OBS_CONF,COMPUTED,OBS_COMMENT");
    expect(lines[1]).toBe(`dataflow,SYTJJ:DF_DE(1.0.0),I,Q,DE001,210100,LEVEL,2025-Q1,12.3456789012345678901234567890123456789,CNY,8,2,A,F,,"'=HYPERLINK(""x"") <b>"`);
    expect(lines[2]).toBe("dataflow,SYTJJ:DF_DE(1.0.0),I,Q,DE001,210100,LEVEL,2025-Q2,,CNY,8,2,M,C,,");
    expect(lines[3]).toContain(",-0.5,");
    expect(dataCsv(sets, "DF_DE", s, "both", "en").split("\r\n")[1]).toContain("Q: Quarterly,DE001: Indicator DE001 <&>,210100: Shenyang");
  });
});
