// Workbooks built to take the server down (issue 15, finding 4): each is refused with its own
// message, nothing is staged, and reading stops at a cap instead of holding what the file
// expands to. The files are made here, in memory (test-zip.ts), a few hundred KB each.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ingestUpload } from "../index";
import type { IngestLimits } from "../limits";
import { collect, testContext } from "../test-catalogue";
import { bomb, ODS_CONTENT_END, ODS_CONTENT_HEAD, odsBytes, sheetXml, xlsxBytes } from "./test-zip";

const run = (bytes: Buffer, fileName = "上报.xlsx", limits?: Partial<IngestLimits>) =>
  collect((sink) => ingestUpload(Readable.from([bytes]), testContext({ limits }), sink, { fileName }));
const codes = (r: { errors: { line: number; code: string }[] }) => r.errors.map((e) => [e.line, e.code]);
const HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>指标代码</t></is></c><c r="B1" t="inlineStr"><is><t>地区</t></is></c><c r="C1" t="inlineStr"><is><t>时期</t></is></c><c r="D1" t="inlineStr"><is><t>数值</t></is></c></row>';
const SST_HEAD = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

describe("xlsx bombs", () => {
  it("shared strings that expand to 800 MB from under 1 MB: refused at the character cap, naming the table", { timeout: 30_000 }, async () => {
    const sst = bomb(SST_HEAD, `<si><t>${"数".repeat(5000)}</t></si>`, 800 * 1024 * 1024, "</sst>");
    const file = xlsxBytes({ sheet: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), sharedStrings: { deflated: sst } });
    expect(file.length).toBeLessThan(5 * 1024 * 1024); // a tenth of the upload limit
    const { report, staged } = await run(file);
    expect(codes(report)).toEqual([[0, "SHARED_STRINGS_TOO_LARGE"]]);
    expect(report.errors[0].message).toMatch(/^工作簿解压后过大：共享字符串表超过 16000000 个字符/);
    expect(staged).toEqual([]);
  });

  it("more shared strings than the count cap: refused at the cap", async () => {
    const sst = `${SST_HEAD}${"<si><t>x</t></si>".repeat(1001)}</sst>`;
    const { report } = await run(xlsxBytes({ sheet: sheetXml(""), sharedStrings: sst }), "a.xlsx", { maxSharedStrings: 1000 });
    expect(codes(report)).toEqual([[0, "SHARED_STRINGS_TOO_LARGE"]]);
    expect(report.errors[0].message).toContain("1000 个字符串");
  });

  it("a declared uniqueCount beyond the cap is refused before a string is read", async () => {
    const { report } = await run(xlsxBytes({ sheet: sheetXml(""), sharedStrings: `${SST_HEAD.replace("<sst ", '<sst uniqueCount="900000000" ')}<si><t>a</t></si></sst>` }));
    expect(codes(report)).toEqual([[0, "SHARED_STRINGS_TOO_LARGE"]]);
  });

  it("a sheet that inflates past its cap stops there, whatever size its headers declare", { timeout: 30_000 }, async () => {
    const sheet = bomb(`<worksheet><sheetData>${HEADER}`, "<!-- padding padding padding -->", 600 * 1024 * 1024, "</sheetData></worksheet>");
    const { report, staged } = await run(xlsxBytes({ sheet: { deflated: sheet, declaredSize: 1000 } }));
    expect(codes(report)).toEqual([[0, "WORKBOOK_TOO_LARGE"]]);
    // 100 times its compressed size: far below the 512 MB any part may reach
    expect(report.errors[0].message).toMatch(/xl\/worksheets\/sheet1.xml 解压后超过 \d+ MB/);
    expect(staged).toEqual([]);
    const en = await collect((sink) => ingestUpload(Readable.from([xlsxBytes({ sheet: { deflated: sheet } })]), testContext({ locale: "en", limits: { maxPartBytes: 8 << 20 } }), sink, { fileName: "a.xlsx" }));
    expect(en.report.errors[0].message).toMatch(/^The workbook is too large once decompressed: xl\/worksheets\/sheet1.xml inflates to more than 8 MB/);
  });

  it("a stored (uncompressed) part over the cap, and a part whose header understates it", async () => {
    const big = sheetXml(HEADER + '<row r="2"><c r="A2"><v>1</v></c></row>'.repeat(1)) + " ".repeat(3 << 20);
    expect(codes((await run(xlsxBytes({ sheet: { data: big, stored: true } }), "a.xlsx", { maxPartBytes: 1 << 20 })).report)).toEqual([[0, "WORKBOOK_TOO_LARGE"]]);
    expect(codes((await run(xlsxBytes({ sheet: { data: big, declaredSize: 10 } }), "a.xlsx", { maxPartBytes: 1 << 20 })).report)).toEqual([[0, "WORKBOOK_TOO_LARGE"]]);
  });

  it("billion laughs: a DOCTYPE is refused before any entity could expand", async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>${SST_HEAD}<si><t>&lol2;</t></si></sst>`;
    const { report } = await run(xlsxBytes({ sheet: sheetXml(""), sharedStrings: lol }));
    expect(codes(report)).toEqual([[0, "INVALID_XLSX"]]);
    expect(report.errors[0].message).toContain("xl/sharedStrings.xml 含有 DTD 或实体声明");
    // an entity nobody declared is refused too, not passed through
    expect(codes((await run(xlsxBytes({ sheet: sheetXml(""), sharedStrings: `${SST_HEAD}<si><t>&lol;</t></si></sst>` }))).report)).toEqual([[0, "INVALID_XLSX"]]);
  });

  it("deeply nested XML, one text beyond a cell's size, a cell beyond column XFD", async () => {
    const deep = sheetXml(HEADER + "<x>".repeat(100_000));
    expect((await run(xlsxBytes({ sheet: deep }))).report.errors[0].message).toContain("XML 嵌套超过 100 层");
    const long = sheetXml(`${HEADER}<row r="2"><c r="A2" t="inlineStr"><is><t>${"长".repeat(40_000)}</t></is></c></row>`);
    expect((await run(xlsxBytes({ sheet: long }))).report.errors[0].message).toContain("单个文本超过 32767 个字符");
    const wide = sheetXml(`${HEADER}<row r="2"><c r="XFE2"><v>1</v></c></row>`);
    expect((await run(xlsxBytes({ sheet: wide }))).report.errors[0].message).toContain("超出工作表范围");
  });

  it("a part cut short is a damaged workbook, not an empty one", async () => {
    const cut = sheetXml(HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>DE001</t></is></c>').slice(0, -30);
    expect(codes((await run(xlsxBytes({ sheet: cut }))).report)).toEqual([[0, "INVALID_XLSX"]]);
    const whole = xlsxBytes({ sheet: sheetXml(HEADER) });
    expect(codes((await run(whole.subarray(0, whole.length - 40))).report)).toEqual([[0, "INVALID_XLSX"]]);
  });
});

describe("ods bombs", () => {
  const cell = (v: number, repeat = 1) => `<table:table-cell table:number-columns-repeated="${repeat}" office:value-type="float" office:value="${v}"/>`;

  it("a filled cell repeated a billion times across: refused at the sheet's width, nothing expanded", async () => {
    const { report } = await run(odsBytes(`<table:table table:name="数据"><table:table-row>${cell(1, 1_000_000_000)}</table:table-row></table:table>`), "a.ods");
    expect(codes(report)).toEqual([[0, "INVALID_ODS"]]);
    expect(report.errors[0].message).toMatch(/OpenDocument 表格（\.ods）.*超出工作表范围/);
  });

  it("a filled row repeated a million times: refused at the cell budget", async () => {
    const row = `<table:table-row table:number-rows-repeated="1000000">${cell(1, 100)}</table:table-row>`;
    const { report } = await run(odsBytes(`<table:table table:name="数据">${row}</table:table>`), "a.ods");
    expect(codes(report)).toEqual([[0, "WORKBOOK_TOO_LARGE"]]);
    expect(report.errors[0].message).toContain("content.xml 展开后超过 20,000,000 个单元格");
  });

  it("empty rows and columns repeated to the sheet's end (as LibreOffice writes every sheet) cost nothing", async () => {
    const t = (s: string) => `<table:table-cell office:value-type="string"><text:p>${s}</text:p></table:table-cell>`;
    const rows =
      `<table:table-row>${t("指标代码")}${t("地区")}${t("时期")}${t("数值")}<table:table-cell table:number-columns-repeated="16380"/></table:table-row>` +
      `<table:table-row>${t("DE001")}${t("全市")}${t("2025Q1")}${cell(12.5)}<table:table-cell table:number-columns-repeated="16380"/></table:table-row>` +
      '<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>';
    const { report, staged } = await run(odsBytes(`<table:table table:name="数据">${rows}</table:table>`), "a.ods");
    expect(codes(report)).toEqual([]);
    expect(staged.map((r) => [r.line, r.value])).toEqual([[2, "12.5"]]);
  });

  it("a content.xml bomb stops at its cap", { timeout: 30_000 }, async () => {
    const content = bomb(`${ODS_CONTENT_HEAD}<table:table table:name="数据">`, "<!-- padding -->", 600 * 1024 * 1024, `</table:table>${ODS_CONTENT_END}`);
    const { report } = await run(odsBytes({ deflated: content }), "a.ods");
    expect(codes(report)).toEqual([[0, "WORKBOOK_TOO_LARGE"]]);
  });
});
