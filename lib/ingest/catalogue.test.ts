import { describe, expect, it } from "vitest";
import { Catalogue } from "./catalogue";
import { mergeSubHeader, planHeader } from "./header";
import { MojibakeWatch } from "./mojibake";
import { testContext } from "./test-catalogue";

const cat = () => new Catalogue(testContext());
const ind = (t: string) => {
  const h = cat().indicator(t, 1);
  return h.ok ? [h.indicator.code, h.unit] : null;
};
const reg = (t: string) => {
  const h = cat().region(t, 1);
  return h.ok ? [h.region.code, h.renamed] : h.zone ? "zone" : null;
};

describe("Catalogue.indicator", () => {
  it("finds codes in any case and with spaces", () => {
    expect(ind("DE001")).toEqual(["DE001", null]);
    expect(ind(" de012 ")).toEqual(["DE012", null]);
    expect(ind("ＤＥ００１")).toEqual(["DE001", null]);
  });
  it("finds exact Chinese names, with a unit, 其中 or numbering", () => {
    expect(ind("软件业务收入")).toEqual(["DE012", null]);
    expect(ind("软件业务收入(亿元)")).toEqual(["DE012", "亿元"]);
    expect(ind("软件业务收入（万元）")).toEqual(["DE012", "万元"]);
    expect(ind("  其中：数字产品制造业增加值")).toEqual(["DE004", null]);
    expect(ind("1.软件业务收入")).toEqual(["DE012", null]);
    expect(ind("（一）软件业务收入")).toEqual(["DE012", null]);
  });
  it("ignores the kind of quote marks around 四上", () => {
    expect(ind('数字经济核心产业"四上"企业数')).toEqual(["DE010", null]);
    expect(ind("数字经济核心产业四上企业数")).toEqual(["DE010", null]);
  });
  it("does not guess", () => {
    expect(ind("软件收入")).toBeNull();
    expect(ind("DE999")).toBeNull();
  });
});

describe("Catalogue.region", () => {
  it("finds codes, names and short names", () => {
    expect(reg("210102")).toEqual(["210102", false]);
    expect(reg("210102000000")).toEqual(["210102", false]);
    expect(reg("和平区")).toEqual(["210102", false]);
    expect(reg("和平")).toEqual(["210102", false]);
    expect(reg("沈北新区")).toEqual(["210113", false]);
    expect(reg("沈北")).toEqual(["210113", false]);
    expect(reg("新民市")).toEqual(["210181", false]);
  });
  it("maps the city total aliases to 210100, but not 市本级", () => {
    for (const t of ["沈阳市", "全市", "合计", "总计", "全市合计", "沈阳", " 全 市 "]) expect(reg(t), t).toEqual(["210100", false]);
    expect(reg("市本级")).toBeNull();
  });
  it("maps former names with a renamed mark", () => {
    expect(reg("东陵区")).toEqual(["210112", true]);
    expect(reg("辽中县")).toEqual(["210115", true]);
    expect(reg("210122")).toEqual(["210115", true]);
  });
  it("flags functional zones", () => {
    expect(reg("沈阳经济技术开发区")).toBe("zone");
    expect(reg("浑南高新区")).toBe("zone");
    expect(reg("210199")).toBeNull();
  });
  it("links growth indicators to their level", () => {
    expect(cat().growthOf(1)?.code).toBe("DE002");
    expect(cat().growthOf(12)?.code).toBe("DE013");
    expect(cat().growthOf(10)).toBeUndefined();
  });
});

describe("MojibakeWatch", () => {
  it("tells garbled names from typos", () => {
    const w = new MojibakeWatch(["软件业务收入", "和平区"]);
    w.lookup("软件业务收", false, 2);
    w.lookup("和平区", true, 2);
    expect(w.verdict()).toBeNull();
    const g = new MojibakeWatch(["软件业务收入", "和平区"]);
    g.lookup("蹄艙窅恨彸", false, 3);
    g.lookup("睿汜阹", false, 3);
    expect(g.verdict()).toEqual({ text: "蹄艙窅恨彸", line: 3 });
  });
});

describe("planHeader", () => {
  const plan = (cells: string[]) => planHeader(cells, 1, cat());
  it("recognises long headers in Chinese and English", () => {
    expect(plan(["指标代码", "地区", "时期", "数值", "备注"])?.layout).toBe("long");
    expect(plan(["indicator_code", "region_code", "period", "value", "flag", "note"])?.layout).toBe("long");
    expect(plan(["Indicator Code", "Region", "Period", "Value"])?.layout).toBe("long");
    expect(plan(["指标名称", "区域", "期别", "值", "标志"])?.layout).toBe("long");
    expect(plan(["指标", "地区代码", "时间", "数值（亿元）"])?.labels.value?.unit).toBe("亿元");
  });
  it("recognises wide headers: periods or indicators as columns", () => {
    const w = plan(["指标", "2024年", "2023年", "2022年"]);
    expect(w?.layout).toBe("wide");
    expect(w?.periods.map((c) => c.label)).toEqual(["2024年", "2023年", "2022年"]);
    const r = plan(["地区", "时期", "软件业务收入(亿元)", "5G基站数"]);
    expect(r?.layout).toBe("wide");
    expect(r?.indicators.map((c) => c.indicator.code)).toEqual(["DE012", "DE024"]);
  });
  it("does not take titles or data lines for a header", () => {
    expect(plan(["沈阳市数字经济主要指标（2025年三季度）", "", ""])).toBeNull();
    expect(plan(["DE001", "和平区", "2025Q1", "12"])).toBeNull();
    expect(plan(["2025年第三季度"])).toBeNull();
  });
  it("merges a second header row of sub-columns under merged period cells", () => {
    const p = plan(["指标", "计量单位", "2024年一季度", "", "2024年上半年", ""])!;
    expect(mergeSubHeader(p, ["", "", "累计值", "同比增长(%)", "累计值", "同比增长(%)"])).toBe(true);
    expect(p.periods.map((c) => [c.index, c.sub])).toEqual([[2, "value"], [3, "growth"], [4, "value"], [5, "growth"]]);
    expect(p.periods[1].label).toBe("2024年一季度 同比增长(%)");
    const q = plan(["指标", "2024年", "2023年"])!;
    expect(mergeSubHeader(q, ["数字经济核心产业增加值", "1", "2"])).toBe(false);
  });
});
