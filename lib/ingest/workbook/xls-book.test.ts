// The BIFF8 reader on files built record by record (test-biff.ts): what a real .xls holds
// beyond LibreOffice's small corpus files, and the ways one can be damaged or hostile.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ingestUpload } from "../index";
import type { IngestLimits } from "../limits";
import { collect, testContext } from "../test-catalogue";
import { BIFF, cfbBytes, rk, sst, workbookStream } from "./test-biff";

const run = (bytes: Buffer, o: { fileName?: string; sheet?: string; limits?: Partial<IngestLimits> } = {}) =>
  collect((sink) => ingestUpload(Readable.from([bytes]), testContext({ limits: o.limits }), sink, { fileName: o.fileName ?? "上报.xls", sheet: o.sheet }));
const xls = (stream: Buffer) => cfbBytes([{ name: "Workbook", data: stream }]);
const brief = (r: { line: number; indicatorId: number; regionCode: string; period: string; value: string | null; flag: string | null }) => [r.line, r.indicatorId, r.regionCode, r.period, r.value, r.flag];

// strings 0–3: the header, 4–5 a key; 6 is cut by CONTINUE records, going on in one byte per
// character after its first part in two
const LONG_REGION = "全市";
const STRINGS = ["指标代码", "地区", "时期", "数值", "DE001", LONG_REGION, "和平区" + "x".repeat(300)];

function globals(max = 40): Buffer[] {
  return [
    BIFF.format(164, "0.0%"),
    BIFF.xf(0), // 0: General
    BIFF.xf(164), // 1: a custom percentage
    BIFF.xf(14), // 2: the built-in date
    sst(STRINGS, max),
  ];
}

describe(".xls (BIFF8)", () => {
  it("reads shared strings cut across CONTINUE records, RK, MULRK, formula strings, percentages and dates", async () => {
    const stream = workbookStream({
      globals: globals(),
      sheets: [
        { name: "说明", records: [BIFF.label(0, 0, "见下一张表")] },
        {
          name: "数据",
          records: [
            ...[0, 1, 2, 3].map((i) => BIFF.labelsst(0, i, i)),
            BIFF.labelsst(1, 0, 4),
            BIFF.labelsst(1, 1, 5),
            BIFF.label(1, 2, "2025Q1"),
            BIFF.rk(1, 3, rk(1250, true)), // 12.5
            BIFF.label(2, 0, "DE001"),
            BIFF.label(2, 1, "和平区"),
            BIFF.formulaString(2, 2, "2025年一季度"),
            BIFF.number(2, 3, 1234.5678),
            BIFF.dbcell(),
            BIFF.label(3, 0, "DE002"),
            BIFF.label(3, 1, "全市"),
            BIFF.label(3, 2, "2025Q1"),
            BIFF.number(3, 3, 0.068, 1), // 6.8%
            BIFF.label(4, 0, "DE012"),
            BIFF.label(4, 1, "全市"),
            BIFF.number(4, 2, 45747, 2), // 2025-03-31
            BIFF.rk(4, 3, rk(5678, true)),
          ],
        },
      ],
    });
    const { report, staged } = await run(xls(stream), { sheet: "数据" });
    expect(report).toMatchObject({ ok: true, format: "xls", sheet: "数据", layout: "long" });
    expect(staged.map(brief)).toEqual([
      [2, 1, "210100", "2025Q1", "12.5", null],
      [3, 1, "210102", "2025Q1", "1234.5678", null],
      [4, 2, "210100", "2025Q1", "6.8", null],
      [5, 12, "210100", "2025M03", "56.78", null],
    ]);
  });

  it("the first worksheet by default; MULRK across a wide row; errors and booleans as text, with the cell named", async () => {
    const wide = [
      BIFF.label(0, 0, "指标"),
      BIFF.label(0, 1, "地区"),
      BIFF.label(0, 2, "2025年一季度"),
      BIFF.label(0, 3, "2025年上半年"),
      BIFF.label(1, 0, "数字经济核心产业增加值(亿元)"),
      BIFF.label(1, 1, "全市"),
      BIFF.mulrk(1, 2, [rk(10040, true), rk(215)]),
    ];
    const book = (records: Buffer[]) => xls(workbookStream({ globals: globals(), sheets: [{ name: "月 报", records }, { name: "数据", records: [] }] }));
    const ok = await run(book(wide));
    expect(ok.report.sheet).toBe("月 报");
    expect(ok.staged.map(brief)).toEqual([
      [2, 1, "210100", "2025Q1", "100.4", null],
      [2, 1, "210100", "2025Q2", "215", null],
    ]);
    const bad = await run(book([...wide, BIFF.label(2, 0, "数字经济核心产业增加值(亿元)"), BIFF.label(2, 1, "和平区"), BIFF.boolerr(2, 2, 0x07, true), BIFF.boolerr(2, 3, 1, false)]));
    expect(bad.report.errors.map((e) => [e.line, e.code, e.cell])).toEqual([
      [3, "NOT_A_NUMBER", "'月 报'!C3"],
      [3, "NOT_A_NUMBER", "'月 报'!D3"],
    ]);
    expect(bad.report.errors.map((e) => e.message).join()).toMatch(/“#DIV\/0!”.*“TRUE”/);
  });

  it("a shared-string table over the cap is refused (count and characters)", async () => {
    const stream = workbookStream({ globals: [sst(Array.from({ length: 50 }, (_, i) => `s${i}`), 8224)], sheets: [{ name: "数据", records: [] }] });
    expect((await run(xls(stream), { limits: { maxSharedStrings: 10 } })).report.errors.map((e) => e.code)).toEqual(["SHARED_STRINGS_TOO_LARGE"]);
    expect((await run(xls(stream), { limits: { maxSharedStringChars: 20 } })).report.errors.map((e) => e.code)).toEqual(["SHARED_STRINGS_TOO_LARGE"]);
  });

  it("Excel 95 (BIFF5), a password, an encrypted .xlsx, a cyclic sector chain, a cut record: each its own message", async () => {
    const old = workbookStream({ sheets: [{ name: "数据", records: [] }], version: 0x0500 });
    const r1 = await run(xls(old));
    expect(r1.report.errors.map((e) => e.code)).toEqual(["XLS_TOO_OLD"]);
    expect(r1.report.errors[0].message).toContain("Excel 5.0/95");

    const locked = workbookStream({ globals: [BIFF.filepass()], sheets: [{ name: "数据", records: [] }] });
    expect((await run(xls(locked))).report.errors.map((e) => e.code)).toEqual(["WORKBOOK_ENCRYPTED"]);

    const encryptedXlsx = cfbBytes([{ name: "EncryptionInfo", data: Buffer.alloc(100) }, { name: "EncryptedPackage", data: Buffer.alloc(100) }]);
    const r3 = await run(encryptedXlsx, { fileName: "上报.xlsx" });
    expect(r3.report.errors.map((e) => e.code)).toEqual(["WORKBOOK_ENCRYPTED"]);
    expect(r3.report.errors[0].message).toContain("设有打开密码");

    // 200 styles make the stream longer than 4 KB, so that it lives in the main FAT as cut
    const big = workbookStream({ globals: [...globals(), ...Array<Buffer>(200).fill(BIFF.xf(0))], sheets: [{ name: "数据", records: [BIFF.label(0, 0, "指标代码"), BIFF.label(1, 0, "DE001")] }] });
    expect((await run(cfbBytes([{ name: "Workbook", data: big }], { cycle: true }))).report.errors.map((e) => e.code)).toEqual(["INVALID_XLS"]);
    const r5 = await run(xls(big.subarray(0, big.length - 8)));
    expect(r5.report.errors.map((e) => e.code)).toEqual(["INVALID_XLS"]);
    expect(r5.report.errors[0].message).toContain("记录损坏");
  });
});
