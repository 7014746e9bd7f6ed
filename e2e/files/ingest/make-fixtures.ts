// Generates the upload corpus in this folder: real bytes as Excel/WPS on Chinese Windows write
// them (GBK via iconv-lite, UTF-8 with BOM, UTF-16LE "Unicode text", GB18030-only characters)
// plus files that are not CSV at all. Run: npx tsx e2e/files/ingest/make-fixtures.ts
// lib/ingest/corpus.test.ts holds the expected lines and codes of each file and checks that
// the files on disk still match this generator.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

const crlf = (...lines: string[]) => lines.join("\r\n") + "\r\n";
const gbk = (t: string) => iconv.encode(t, "gbk");
const utf8 = (t: string) => Buffer.from(t, "utf8");
const bom = (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(t)]);
const utf16 = (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]);
const LONG = "指标代码,地区,时期,数值,标志,备注";
const DISTRICTS = ["和平区", "沈河区", "大东区", "皇姑区", "铁西区", "苏家屯区", "浑南区", "沈北新区", "于洪区", "辽中区", "康平县", "法库县", "新民市"];

/** A 1×1 PNG: the bytes of a real image, renamed .csv. */
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c636000000000050001a5f645400000000049454e44ae426082",
  "hex",
);

function crc32(b: Uint8Array): number {
  let c = ~0;
  for (const x of b) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A plain zip (one stored file), as a user would send a compressed export. */
function zip(name: string, content: string): Buffer {
  const data = utf8(content);
  const fname = utf8(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fname.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fname.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + fname.length, 12);
  end.writeUInt32LE(30 + fname.length + data.length, 16);
  return Buffer.concat([local, fname, data, central, fname, end]);
}

/** DE012 monthly × 14 regions × 10 years: > 64 KB of valid UTF-8 before a GBK line. */
function longUtf8Head(): string {
  const lines = ["indicator_code,region,period,value"];
  for (let y = 2015; y < 2025; y++) for (let m = 1; m <= 12; m++) for (const r of ["全市", ...DISTRICTS]) lines.push(`DE012,${r},${y}年${m}月,${m}.5`);
  return crlf(...lines);
}

/** CSV fixtures: name → bytes. Deterministic. */
export function csvFixtures(): Record<string, Buffer> {
  return {
    // ---------------------------------------------------------------- not text / empty
    "bad-png-renamed.csv": PNG,
    "bad-zip-renamed.csv": zip("data.csv", crlf(LONG, "DE001,全市,2025Q1,1,,")),
    "bad-binary.csv": Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)),
    "bad-old-xls.csv": Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504, 0)]),
    "bad-empty.csv": Buffer.alloc(0),
    "bad-bom-only.csv": Buffer.from([0xef, 0xbb, 0xbf]),
    "bad-blank-lines.csv": gbk(crlf("", ",,,,,", "   ", ",,,,,")),
    "bad-header-only.csv": gbk(crlf(LONG)),
    "bad-header-only-with-notes.csv": gbk(crlf("沈阳市数字经济主要指标,,,,,", LONG, ",,,,,", "注：本季度数据尚未汇总。,,,,,")),
    // ---------------------------------------------------------------- structure
    "bad-missing-column.csv": gbk(crlf("指标代码,地区,数值", "DE001,全市,100.5")),
    "bad-no-header.csv": gbk(crlf("DE001,全市,2025Q1,100.5", "DE001,和平区,2025Q1,10.2")),
    "bad-column-count.csv": gbk(crlf("指标代码,地区,时期,数值", "DE001,全市,2025Q1,1,234.5", "DE001,和平区,2025Q1", "DE001,沈河区,2025Q1,5.5")),
    "bad-unclosed-quote.csv": utf8(crlf(LONG, "DE001,全市,2025Q1,100.5,,", 'DE001,和平区,2025Q1,10.2,,"备注没有结束', "DE001,沈河区,2025Q1,9.1,,")),
    "bad-too-many-columns.csv": utf8(crlf(LONG, "DE001,全市,2025Q1,1,," + ",x".repeat(1200))),
    "bad-cell-too-long.csv": utf8(crlf(LONG, `DE001,全市,2025Q1,1,,"${"很长的备注".repeat(2001)}"`, "DE001,和平区,2025Q1,2,,")),
    "bad-quoted-newlines.csv": gbk(crlf(LONG, 'DE001,全市,2025Q1,100.5,,"第一行\r\n第二行"', 'DE001,和平区,2025Q1,10.2,,"甲\r\n乙\r\n丙"', "DE001,沈河区,2025Q5,9.1,,")),
    // ---------------------------------------------------------------- catalogue references
    "bad-unknown-indicator.csv": gbk(crlf(LONG, "DE999,全市,2025Q1,1,,", "软件收入,全市,2025M01,1,,", "DE001,全市,2025Q1,1,,")),
    "bad-unknown-region.csv": gbk(crlf(LONG, "DE001,210199,2025Q1,1,,", "DE001,沈阳经济技术开发区,2025Q1,1,,", "DE001,市本级,2025Q1,1,,", "DE001,和平,2025Q1,1,,")),
    "bad-retired-indicator.csv": gbk(crlf(LONG, "DE001,全市,2025Q1,1,,", "DE099,全市,2025Q1,1,,")),
    "bad-name-mismatch.csv": gbk(crlf("指标代码,指标名称,地区代码,地区名称,时期,数值", "DE001,软件业务收入,210100,沈阳市,2025Q1,1", "DE001,数字经济核心产业增加值,210102,沈河区,2025Q1,1")),
    "bad-unit-mismatch.csv": gbk(crlf("指标名称,计量单位,地区,时期,数值", "软件业务收入(万元),,全市,2025M01,12345", "软件业务收入,万元,和平区,2025M01,1234", "软件业务收入,亿元,沈河区,2025M01,1.2")),
    // ---------------------------------------------------------------- periods
    "bad-invalid-period.csv": gbk(crlf(LONG, "DE001,全市,2025Q5,1,,", "DE012,全市,2025年13月,1,,", "DE001,和平区,2025年第五季度,1,,", "DE001,沈河区,上季度,1,,", "DE012,和平区,2025-02-30,1,,")),
    "bad-frequency-mismatch.csv": gbk(crlf(LONG, "DE001,全市,2025M03,1,,", "DE012,全市,2025Q1,1,,", "DE001,和平区,2025年,1,,", "DE040,全市,2025Q4,1,,", "DE001,沈河区,2025年1-5月,1,,", "DE090,全市,2025年上半年,1,,")),
    // ---------------------------------------------------------------- values
    "bad-not-a-number.csv": gbk(crlf(LONG, "DE001,全市,2025Q1,abc,,", "DE001,和平区,2025Q1,12..3,,", "DE001,沈河区,2025Q1,1.23457E+11,,", 'DE001,大东区,2025Q1,"1,23",,', "DE001,皇姑区,2025Q1,#DIV/0!,,")),
    "bad-negative.csv": gbk(crlf(LONG, "DE010,全市,2025Q1,-3,,", "DE001,全市,2025Q1,－1.5,,", "DE024,全市,2025M01,-10,,", "DE002,全市,2025Q1,-3.2,,")),
    "bad-out-of-range.csv": gbk(crlf(LONG, "DE003,全市,2025Q1,100.1,,", "DE003,和平区,2025Q1,-0.5,,", "DE002,全市,2025Q1,-150,,", "DE003,沈河区,2025Q1,99.9,,")),
    "bad-percent-not-allowed.csv": gbk(crlf(LONG, "DE001,全市,2025Q1,12%,,", "DE003,全市,2025Q1,12.5%,,")),
    "bad-duplicate-key.csv": gbk(crlf(LONG, "DE001,全市,2025Q1,1,,", "DE001,和平区,2025Q1,2,,", "DE001,沈阳市,2025年一季度,3,,", "DE001,210102,2025年1-3月,4,,")),
    "bad-empty-value.csv": gbk(crlf(LONG, "DE001,全市,2025Q1,,,", "DE001,和平区,2025Q1,初步,,", "DE001,沈河区,2025Q1,,初步,", "DE001,大东区,2025Q1,,x,")),
    "bad-invalid-flag.csv": gbk(crlf(LONG, "DE001,全市,2025Q1,1,待定,", "DE001,和平区,2025Q1,x,初步,", "DE001,沈河区,2025Q1,1,234.5,")),
    // ---------------------------------------------------------------- encodings
    "bad-encoding-big5-names.csv": iconv.encode(crlf("indicator,region,period,value", "軟體業務收入,瀋陽市,2025M01,1", "軟體業務收入,和平區,2025M01,2"), "big5"),
    "bad-encoding-big5-header.csv": iconv.encode(crlf("指標代碼,地區,時期,數值", "DE001,瀋陽市,2025Q1,1"), "big5"),
    "bad-encoding-damaged-utf8.csv": Buffer.concat([utf8(crlf(LONG, "DE001,全市,2025Q1,1,,初步核算数", "DE001,和平区,2025Q1,2,,")), utf8("DE001,沈河区,2025Q1,3,,"), Buffer.from([0xc9, 0xf2]), utf8("\r\n")]),
    "bad-encoding-mixed.csv": Buffer.concat([utf8(longUtf8Head()), gbk(crlf("DE012,和平区,2025M01,1", "DE012,沈河区,2025M01,2"))]),
    // ---------------------------------------------------------------- layouts with errors
    "bad-wide-invalid-period-header.csv": gbk(crlf("指标,2025年第一季度,2025年第五季度", "数字经济核心产业增加值(亿元),100.4,1")),
    "bad-nbs-wide-values.csv": gbk(
      crlf("数据库：季度数据", "时间：最近4季度", "指标,2025年第二季度,2025年第一季度,2024年第四季度,2024年第三季度", "数字经济核心产业增加值(亿元),215.1,100.4,12..5,290.0", "数字经济核心产业增加值增速(%),7.1,6.8,120%,7.9", "注：增速按可比价格计算。", "数据来源：沈阳市统计局"),
    ),
    "bad-utf16-unicode-text.txt": utf16(crlf("指标代码\t地区\t时期\t数值", "DE001\t全市\t2025Q1\t100.5", "DE001\t和平市\t2025Q1\t10.2")),
    "bad-semicolon.csv": bom(crlf("指标代码;地区;时期;数值", "DE001;全市;2025Q1;1,5", "DE001;和平区;2025Q1;2")),
    // ---------------------------------------------------------------- valid files
    "ok-long-gbk.csv": gbk(
      crlf(
        "沈阳市数字经济核心产业主要指标（2025年一季度）,,,,,",
        LONG,
        'DE001,全市,2025年第一季度,"1,234.5",,',
        "DE001,和平区,2025年1-3月,123.4(初步),,",
        "DE001,沈河区,2025Q1,x,,",
        "DE001,大东区,2025-Q1,—,,",
        "DE002,全市,2025年1—3月,8.5%,估计,",
        "DE010,全市,2025年一季度,１２３４,,",
        ",,,,,",
        "DE012,全市,2025年1～3月,56.78,,软件和信息技术服务业",
        "注：本表为初步核算数。,,,,,",
        "数据来源：沈阳市统计局,,,,,",
      ),
    ),
    "ok-long-utf8-bom.csv": bom("indicator_code,region_code,period,value,flag,note\nDE012,210100,2025-03,56.7,p,\nDE024,210102,2025M03,1234,,\nDE040,210100,2024,88,,\n"),
    "ok-gb18030-rare-chars.csv": iconv.encode(crlf(LONG, "DE001,全市,2025Q1,100.5,,联系人：𠮷田、王䶮", "DE001,和平区,2025Q1,10.2,,"), "gb18030"),
    "ok-utf16-unicode-text.txt": utf16(crlf("指标代码\t地区\t时期\t数值\t备注", 'DE001\t全市\t2025Q1\t100.5\t"含\t制表符"', "DE001\t和平区\t2025Q1\t10.2\t")),
    "ok-wide-gbk.csv": gbk(
      crlf(
        "指标代码,指标名称,计量单位,地区,2025年一季度,2025年上半年,2025年前三季度,2025年全年",
        "DE001,数字经济核心产业增加值,亿元,全市,100.4,215.1,330.2,",
        "DE001,数字经济核心产业增加值,亿元,和平区,10.1,20.3,x,",
        "DE010,数字经济核心产业“四上”企业数,家,全市,1200,1215,1230,",
      ),
    ),
    "ok-nbs-export.csv": gbk(
      crlf("数据库：季度数据", "时间：最近3季度", "指标,2025年第三季度,2025年第二季度,2025年第一季度", "数字经济核心产业增加值(亿元),330.2,215.1,100.4", "数字经济核心产业增加值增速(%),7.5,7.1,6.8", "注：1.绝对额按现价计算，增长速度按不变价计算。", "2.数据来源：沈阳市统计局"),
    ),
    "ok-wide-two-row-header.csv": gbk(
      crlf("指标,计量单位,2025年一季度,,2025年上半年,", ",,累计值,同比增长(%),累计值,同比增长(%)", "数字经济核心产业增加值,亿元,100.4,6.8,215.1,7.1", "数字经济核心产业“四上”企业营业收入,亿元,80.2,5.5,170.9,6.1"),
    ),
    "ok-wps-quirks.csv": utf8(crlf("指标代码;地区;时期;数值;;", "\u200bDE001 ;　全市　;２０２５Ｑ１;１２３．４;;", "", "DE001;和平;2025年第1季度;\u00a012\u00a0;;", "DE001;东陵区;2025年1季度;…;;")),
  };
}

/** XLSX fixtures (exceljs output is not byte-stable: the test does not compare bytes). */
export async function xlsxFixtures(): Promise<Record<string, Buffer>> {
  const book = async (build: (wb: ExcelJS.Workbook) => void) => {
    const wb = new ExcelJS.Workbook();
    wb.created = wb.modified = new Date(Date.UTC(2025, 0, 1));
    build(wb);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  return {
    "ok-wide-merged.xlsx": await book((wb) => {
      const ws = wb.addWorksheet("Sheet1");
      ws.addRow(["数据库：季度数据"]);
      ws.addRow(["指标", "计量单位", "2025年一季度", null, "2025年上半年", null]);
      ws.addRow([null, null, "累计值", "同比增长(%)", "累计值", "同比增长(%)"]);
      ws.mergeCells("C2:D2");
      ws.mergeCells("E2:F2");
      ws.mergeCells("A2:A3");
      ws.mergeCells("B2:B3");
      ws.addRow(["数字经济核心产业增加值", "亿元", 100.4, 0.068, { formula: "C4*2+14.3", result: 215.10000000000002 }, 0.071]);
      ws.getCell("D4").numFmt = "0.0%";
      ws.getCell("F4").numFmt = "0.0%";
      ws.addRow(["注：增速按可比价计算。"]);
    }),
    "bad-values.xlsx": await book((wb) => {
      const ws = wb.addWorksheet("数据");
      ws.addRow(["沈阳市数字经济指标（2025年一季度）"]);
      ws.addRow([]);
      ws.addRow(["指标代码", "地区", "时期", "数值"]);
      ws.addRow(["DE001", "全市", "2025Q1", "abc"]);
      ws.addRow(["DE003", "全市", "2025Q1", 1.2]);
      ws.getCell("D5").numFmt = "0%";
      ws.addRow(["DE001", "和平区", new Date(Date.UTC(2025, 2, 31)), 12.5]);
      ws.addRow(["DE001", "铁西区", "2025Q1", { formula: "1/0", result: { error: "#DIV/0!" } }]);
    }),
  };
}

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const all = { ...csvFixtures(), ...(await xlsxFixtures()) };
  for (const [name, bytes] of Object.entries(all)) writeFileSync(join(here, name), bytes);
  console.log(`wrote ${Object.keys(all).length} files to ${here}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
