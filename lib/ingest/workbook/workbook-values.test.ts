// Cell values as the spreadsheet stores them, in .xlsx and .ods parts written by hand: what
// exceljs and LibreOffice do not write in the corpus but other programs (Excel in Chinese,
// WPS, a Mac's 1904 dates, Google Sheets) do.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ingestUpload } from "../index";
import { collect, testContext } from "../test-catalogue";
import { odsBytes, sheetXml, xlsxBytes, zipBytes } from "./test-zip";

const run = (bytes: Buffer, fileName: string) => collect((sink) => ingestUpload(Readable.from([bytes]), testContext(), sink, { fileName }));
const brief = (r: { line: number; indicatorId: number; regionCode: string; period: string; value: string | null; note: string | null }) => [r.line, r.indicatorId, r.regionCode, r.period, r.value, r.note];
const str = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;
const HEADER = `<row r="1">${str("A1", "指标代码")}${str("B1", "地区")}${str("C1", "时期")}${str("D1", "数值")}${str("E1", "备注")}</row>`;

describe(".xlsx values", () => {
  it("CJK built-in date formats and the 1904 date system; rich text without its phonetic guide; _x000D_ escapes; prefixed elements", async () => {
    const styles = '<styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="31"/></cellXfs></styleSheet>';
    const sst = '<sst><si><r><t>软件</t></r><r><t>收入</t></r><rPh sb="0" eb="2"><t>ルビ</t></rPh></si><si><t>第一行_x000D_第二行</t></si></sst>';
    const rows =
      HEADER +
      `<row r="2">${str("A2", "DE012")}${str("B2", "全市")}<c r="C2" s="1"><v>45747</v></c><c r="D2"><v>56.78</v></c><c r="E2" t="s"><v>0</v></c></row>` +
      `<x:row r="3" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c r="A3" t="str"><x:f>"DE"&amp;"012"</x:f><x:v>DE012</x:v></x:c>${str("B3", "和平区")}<c r="C3" s="1"><v>45747</v></c><c r="D3"><v>1.5E1</v></c><c r="E3" t="s"><v>1</v></c></x:row>`;
    const { report, staged } = await run(xlsxBytes({ sheet: sheetXml(rows), sharedStrings: sst, styles }), "a.xlsx");
    expect(report.errors).toEqual([]);
    expect(staged.map(brief)).toEqual([
      [2, 12, "210100", "2025M03", "56.78", "软件收入"],
      [3, 12, "210102", "2025M03", "15", "第一行\r第二行"],
    ]);
    // the same serial in a workbook on the 1904 system (old Mac Excel) is four years and a day later
    const mac = await run(xlsxBytes({ sheet: sheetXml(rows), sharedStrings: sst, styles, date1904: true }), "a.xlsx");
    expect(mac.staged.map((r) => r.period)).toEqual(["2029M04", "2029M04"]);
  });

  it("a formula without a cached result reads as its formula (NOT_A_NUMBER), not as an empty cell", async () => {
    const rows = HEADER + `<row r="2">${str("A2", "DE001")}${str("B2", "全市")}${str("C2", "2025Q1")}<c r="D2"><f>SUM(X1:X9)</f></c></row>`;
    const { report } = await run(xlsxBytes({ sheet: sheetXml(rows) }), "a.xlsx");
    expect(report.errors.map((e) => [e.code, e.cell])).toEqual([["NOT_A_NUMBER", "数据!D2"]]);
    expect(report.errors[0].message).toContain("=SUM(X1:X9)");
  });

  it("a zip that is no workbook: named .xlsx it is a damaged workbook, named .csv it is a ZIP archive", async () => {
    const zip = zipBytes([{ name: "data.csv", data: "a,b\n" }]);
    expect((await run(zip, "上报.xlsx")).report.errors.map((e) => e.code)).toEqual(["INVALID_XLSX"]);
    expect((await run(zip, "上报.csv")).report.errors[0].message).toContain("ZIP 压缩包");
    const docx = zipBytes([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "_rels/.rels", data: '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
      { name: "word/document.xml", data: "<w:document><w:body/></w:document>" },
    ]);
    expect((await run(docx, "上报.xlsx")).report.errors[0].message).toContain("文件内容不是这种格式");
  });
});

describe(".ods values", () => {
  const cell = (attrs: string, text = "") => `<table:table-cell ${attrs}>${text ? `<text:p>${text}</text:p>` : ""}</table:table-cell>`;
  const s = (t: string) => cell('office:value-type="string"', t);
  const header = `<table:table-row>${s("指标代码")}${s("地区")}${s("时期")}${s("数值")}${s("备注")}</table:table-row>`;

  it("numbers as stored (not as shown), percentages, dates, merged (covered) cells, comments left out, spaces kept", async () => {
    const rows =
      header +
      `<table:table-row>${s("DE001")}${s("全市")}${s("2025Q1")}${cell('office:value-type="float" office:value="1234.5678" calcext:value-type="float"', "1,234.6")}${cell('office:value-type="string"', '第一段<text:s text:c="2"/>续<text:line-break/>第二行<office:annotation><text:p>批注不是数据</text:p></office:annotation>')}</table:table-row>` +
      `<table:table-row>${s("DE002")}${s("全市")}${s("2025Q1")}${cell('office:value-type="percentage" office:value="0.068"', "6.8%")}<table:covered-table-cell/></table:table-row>` +
      `<table:table-row>${s("DE012")}${s("全市")}${cell('office:value-type="date" office:date-value="2025-03-31T00:00:00"', "2025年3月")}${cell('office:value-type="float" office:value="56.78"', "56.78")}</table:table-row>` +
      `<table:table-row>${s("DE001")}${s("和平区")}${s("2025Q1")}${cell('office:value-type="string" calcext:value-type="error" table:formula="of:=1/0"', "#DIV/0!")}</table:table-row>`;
    const { report, staged } = await run(odsBytes(`<table:table table:name="数据">${rows}</table:table>`), "a.ods");
    expect(report.errors.map((e) => [e.line, e.code, e.cell])).toEqual([[5, "NOT_A_NUMBER", "数据!D5"]]);
    expect(report.rows).toBe(3);
    expect(staged).toEqual([]); // an error: nothing reaches staging
    const ok = await run(odsBytes(`<table:table table:name="数据">${rows.slice(0, rows.lastIndexOf("<table:table-row>"))}</table:table>`), "a.ods");
    expect(ok.staged.map(brief)).toEqual([
      [2, 1, "210100", "2025Q1", "1234.5678", "第一段  续\n第二行"],
      [3, 2, "210100", "2025Q1", "6.8", null],
      [4, 12, "210100", "2025M03", "56.78", null],
    ]);
  });

  it("an OpenDocument text (not a spreadsheet), and one saved with a password, are named as such", async () => {
    const odt = zipBytes([
      { name: "mimetype", data: "application/vnd.oasis.opendocument.text", stored: true },
      { name: "content.xml", data: "<office:document-content/>" },
    ]);
    const r1 = await run(odt, "上报.ods");
    expect(r1.report.errors.map((e) => e.code)).toEqual(["INVALID_ODS"]);
    expect(r1.report.errors[0].message).toContain("不是电子表格");
    const locked = zipBytes([
      { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", stored: true },
      { name: "content.xml", data: Buffer.from([1, 2, 3, 4]), stored: true },
      { name: "META-INF/manifest.xml", data: '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>' },
    ]);
    expect((await run(locked, "上报.ods")).report.errors.map((e) => e.code)).toEqual(["WORKBOOK_ENCRYPTED"]);
  });
});
