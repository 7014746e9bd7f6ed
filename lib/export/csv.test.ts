import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv } from "./csv";

describe("csv export", () => {
  it("starts with a BOM and quotes cells with commas, quotes and line breaks", () => {
    const csv = toCsv([{ a: '他说"好",对', b: "x\ny" }], [
      { header: "a", value: (r) => r.a },
      { header: "b", value: (r) => r.b },
    ]);
    expect(csv.startsWith("\uFEFFa,b\r\n")).toBe(true);
    expect(csv).toContain('"他说""好"",对","x\ny"');
  });
  it("neutralises formula-like text but keeps negative numbers numeric", () => {
    for (const s of ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseFormula(s)).toBe(`'${s}`);
    expect(neutraliseFormula("沈阳")).toBe("沈阳");
    const csv = toCsv([{ v: "-12.5", n: "=HYPERLINK()" }], [
      { header: "v", value: (r) => r.v, numeric: true },
      { header: "n", value: (r) => r.n },
    ]);
    expect(csv).toContain("-12.5,'=HYPERLINK()");
  });
  it("neutralises text that reaches a numeric column: only a number is left as it is", () => {
    const csv = toCsv([{ v: "-1+2" }, { v: "=SUM(A1)" }, { v: "-0.5" }], [{ header: "v", value: (r) => r.v, numeric: true }]);
    expect(csv).toBe("\uFEFFv\r\n'-1+2\r\n'=SUM(A1)\r\n-0.5\r\n");
  });
});
