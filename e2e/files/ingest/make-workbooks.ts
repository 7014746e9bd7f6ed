// Regenerates the workbook files of the upload corpus as real spreadsheet programs write them:
// one table (three sheets: a long layout with a title, merged indicator cells, flags, a
// percentage and a date; a wide layout with merged cells; a notes sheet) and the bad-values
// sheet are written once, then LibreOffice saves them as .xlsx, .xls (BIFF8) and .ods.
//
//   apt-get install -y libreoffice-calc-nogui   # once; CI does not need it
//   npx tsx e2e/files/ingest/make-workbooks.ts
//
// The outputs are committed (a few KB each). The .et files are what WPS saves under that name:
// a BIFF8 workbook (here the .xls bytes) or, from newer versions, an .xlsx package; WPS itself
// cannot run here. The truncated files are cut copies, for the "damaged file" messages.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { xlsxFixtures } from "./make-fixtures";

const here = dirname(fileURLToPath(import.meta.url));

/** The source table: three sheets, written once and converted by LibreOffice. */
async function sourceBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const long = wb.addWorksheet("长表");
  long.addRow(["沈阳市数字经济监测数据（2025年一季度）"]);
  long.addRow(["指标名称", "地区", "时期", "数值", "标志", "备注"]);
  long.addRow(["数字经济核心产业增加值", "全市", "2025年一季度", 1234.5, null, "含软件和信息技术服务业"]);
  long.addRow([null, "和平区", "2025年一季度", 123.4, "初步", null]);
  long.addRow([null, "沈河区", "2025年一季度", "x", null, "涉密单位"]);
  long.mergeCells("A3:A5");
  long.addRow(["数字经济核心产业增加值增速", "全市", "2025年一季度", 0.068, null, null]);
  long.getCell("D6").numFmt = "0.0%";
  long.addRow(["软件业务收入", "全市", new Date(Date.UTC(2025, 2, 31)), 56.78, null, "１－３月累计"]);
  long.getCell("C7").numFmt = 'yyyy"年"m"月"';
  long.addRow(["5G基站数", "浑南区", "2025年3月", 1234, null, null]);
  long.addRow(["注：数据为初步统计，增速按可比价计算。"]);

  const wide = wb.addWorksheet("宽表");
  wide.addRow(["指标", "地区", "2025年一季度", "2025年上半年"]);
  wide.addRow(["数字经济核心产业增加值(亿元)", "全市", 100.4, 215.1]);
  wide.addRow([null, "和平区", 10.1, 20.3]);
  wide.addRow([null, "沈河区", 11.2, "—"]);
  wide.mergeCells("A2:A4");
  wide.addRow(["数字经济核心产业“四上”企业营业收入(亿元)", "全市", 80.2, 170.9]);

  wb.addWorksheet("说明").addRow(["本工作簿由统计科填报；长表、宽表为同一批数据的两种排法。"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** LibreOffice saves `src` as `format` into `out`; returns the new file's bytes. */
function convert(src: string, format: string, ext: string, out: string, profile: string): Buffer {
  const r = spawnSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", out, src], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr || r.stdout}`);
  const name = src.split("/").pop()!.replace(/\.[^.]+$/, `.${ext}`);
  return readFileSync(join(out, name));
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), "workbooks-"));
  const profile = join(tmp, "profile");
  try {
    const sources: Record<string, Buffer> = { "ok-sheets": await sourceBook(), "bad-values": (await xlsxFixtures())["bad-values.xlsx"] };
    const written: string[] = [];
    const put = (name: string, bytes: Buffer) => {
      writeFileSync(join(here, name), bytes);
      written.push(`${name} (${bytes.length} bytes)`);
    };
    for (const [base, bytes] of Object.entries(sources)) {
      const src = join(tmp, `${base}.xlsx`);
      writeFileSync(src, bytes);
      const xls = convert(src, "xls:MS Excel 97", "xls", join(tmp, "xls"), profile);
      const ods = convert(src, "ods", "ods", join(tmp, "ods"), profile);
      put(`${base}.xls`, xls);
      put(`${base}.ods`, ods);
      if (base === "ok-sheets") {
        const xlsx = convert(src, "xlsx:Calc MS Excel 2007 XML", "xlsx", join(tmp, "xlsx"), profile);
        put("ok-sheets.xlsx", xlsx);
        put("ok-sheets.et", xls); // WPS .et: a BIFF8 workbook
        put("ok-sheets-xlsx.et", xlsx); // WPS .et saved as an .xlsx package
        put("bad-truncated.xls", xls.subarray(0, Math.floor(xls.length * 0.6)));
        put("bad-truncated.ods", ods.subarray(0, Math.floor(ods.length * 0.6)));
      }
    }
    console.log(`wrote to ${here}:\n  ${written.join("\n  ")}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
