import { describe, expect, it } from "vitest";
import { INDICATORS, REGIONS, testContext } from "@/lib/ingest/test-catalogue";
import { checkAll, checkCell, parsePastedBlock } from "./cells";

const de001 = INDICATORS.find((i) => i.code === "DE001")!;
const de010 = INDICATORS.find((i) => i.code === "DE010")!;
const city = REGIONS[0];
const cell = (v: string, f: "" | "PRELIMINARY" | "MISSING" = "", n = "") => ({ v, f, n });

describe("a box of the online return is checked by the upload's own code", () => {
  it("reads full-width digits and Chinese thousands separators as an upload does", () => {
    const r = checkCell(testContext(), de001, city, "2026Q3", cell("１，２３４．５０"));
    expect(r).toMatchObject({ ok: true, row: { value: "1234.5", period: "2026Q3", periodEnd: "2026-09-30" } });
    expect(checkCell(testContext(), de001, city, "2026Q3", cell("98(初步)"))).toMatchObject({ ok: true, row: { value: "98", flag: "PRELIMINARY" } });
  });

  it("gives the upload's message, in Chinese or English", () => {
    const zh = checkCell(testContext(), de001, city, "2026Q3", cell("12a"));
    expect(zh).toEqual({ ok: false, message: expect.stringContaining("不是数字") });
    const en = checkCell(testContext({ locale: "en" }), de010, city, "2026Q3", cell("-3"));
    expect(en).toEqual({ ok: false, message: expect.stringContaining("cannot be negative") });
  });

  it("accepts a flag without a value where it means no figure, and refuses a value flagged missing", () => {
    expect(checkCell(testContext(), de001, city, "2026Q3", cell("", "MISSING"))).toMatchObject({ ok: true, row: { value: null, flag: "MISSING" } });
    expect(checkCell(testContext(), de001, city, "2026Q3", cell("5", "MISSING")).ok).toBe(false);
  });

  it("checks every filled box and skips blank ones", () => {
    const ctx = testContext({ indicators: [de001, de010] });
    const out = checkAll(ctx, "2026Q3", { [de001.id]: { "210100": cell("10"), "210102": cell("") }, [de010.id]: { "210100": cell("x1") } });
    expect(out.rows.map((r) => [r.indicatorId, r.regionCode, r.value])).toEqual([[de001.id, "210100", "10"]]);
    expect(out.errors).toEqual([{ indicatorId: de010.id, regionCode: "210100", message: expect.stringContaining("x1") }]);
  });
});

describe("a block pasted from a spreadsheet", () => {
  it("splits lines and tabs, drops Excel's trailing line end and unquotes cells", () => {
    expect(parsePastedBlock("1,234\t５６\r\n7\t\"8\"\r\n")).toEqual([
      ["1,234", "５６"],
      ["7", "8"],
    ]);
  });
});
