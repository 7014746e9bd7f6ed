// Observation downloads: CSV (UTF-8 with BOM, exact decimals) and XLSX (numbers as numbers,
// a metadata sheet). Both carry the demo-data mark on every row; XLSX states it again in
// its metadata sheet together with the source, the rounding rule and the query.
import { csvResponse, toCsv } from "@/lib/export/csv";
import { toXlsx, xlsxResponse } from "@/lib/export/xlsx";
import type { ApiCatalogue } from "../catalogue/load-catalogue";
import type { Page } from "../paging";
import type { TMeasure } from "../schemas/observation";
import { dataLicense } from "@/lib/public/data-license";
import { observationFileColumns } from "./file-columns";
import { COMPUTED_NOTE, DEMO_NOTE, MEASURE_LABEL, ROUNDING, SOURCE, shanghaiIso, type Lang } from "./texts";
import type { ApiObservation } from "./types";

export type FileRequest = {
  cat: ApiCatalogue;
  page: Page<ApiObservation>;
  lang: Lang;
  measure: TMeasure;
  asOf: string | null;
  /** path and query of the request, recorded in the metadata */
  query: string;
  indicatorCodes: readonly string[];
};

/** shenyang-digital-economy_DE001_in-period.csv: names the indicators and measure asked for. */
export function downloadName(req: Pick<FileRequest, "indicatorCodes" | "measure" | "asOf">, ext: "csv" | "xlsx"): string {
  const codes = req.indicatorCodes.length === 0 ? "all" : req.indicatorCodes.length <= 3 ? req.indicatorCodes.join("-") : `${req.indicatorCodes.length}-indicators`;
  return ["shenyang-digital-economy", codes, req.measure, req.asOf ? `asof-${req.asOf}` : null].filter(Boolean).join("_") + `.${ext}`;
}

export function observationsCsv(req: FileRequest, headers: Record<string, string>): Response {
  const columns = observationFileColumns(req.cat, req.lang).map((c) => ({ header: c.header[req.lang], value: c.value, numeric: c.numeric }));
  return csvResponse(toCsv([...req.page.rows], columns), downloadName(req, "csv"), headers);
}

function metadataRows(req: FileRequest): [string, string][] {
  const zh = req.lang === "zh";
  const { rows, offset, total } = req.page;
  const isDemo = rows.some((r) => r.isDemo);
  const latest = rows.reduce<Date | null>((m, r) => (m && m > r.releasedAt ? m : r.releasedAt), null);
  const indicators = [...new Set(rows.map((r) => r.indicator))].map((code) => {
    const i = req.cat.byCode.get(code)!;
    return [code, `${zh ? i.nameZh : i.nameEn}（${i.unit}，${zh ? "显示" : "shown with"} ${i.decimals} ${zh ? "位小数" : "decimals"}）`] as [string, string];
  });
  return [
    [zh ? "数据来源" : "Source", SOURCE[req.lang]],
    [zh ? "许可" : "Licence", `${dataLicense().attribution[req.lang]}${dataLicense().url ? ` ${dataLicense().url}` : ""}`],
    [zh ? "示例数据" : "Demo data", isDemo ? DEMO_NOTE[req.lang] : zh ? "否" : "No"],
    [zh ? "查询" : "Query", req.query],
    [zh ? "数据时点" : "As of", req.asOf ? `${req.asOf}（${zh ? "北京时间该日结束时已公开的数据" : "what was public at the end of that day, Asia/Shanghai"}）` : zh ? "下载时已公开的数据" : "what is public at download time"],
    [zh ? "最近发布时间" : "Latest release in file", latest ? shanghaiIso(latest) : "—"],
    [zh ? "口径" : "Measure", MEASURE_LABEL[req.measure][req.lang]],
    [zh ? "舍入规则" : "Rounding", `${ROUNDING[req.lang]}${zh ? "。Excel 最多保留 15 位有效数字，完整精确值见 CSV 或 JSON。" : ". Excel keeps 15 significant digits; CSV and JSON carry the exact values."}`],
    [zh ? "计算值" : "Computed values", COMPUTED_NOTE[req.lang]],
    [zh ? "行数" : "Rows", zh ? `第 ${offset + 1}–${offset + rows.length} 行，共 ${total} 行` : `rows ${offset + 1}–${offset + rows.length} of ${total}`],
    ...indicators,
  ];
}

export async function observationsXlsx(req: FileRequest, headers: Record<string, string>): Promise<Response> {
  const zh = req.lang === "zh";
  const columns = observationFileColumns(req.cat, req.lang).map((c) => ({
    header: c.header[req.lang],
    value: c.value,
    numeric: c.numeric,
    decimals: c.numeric ? (r: ApiObservation) => r.decimals : undefined,
    width: c.key === "indicator" ? 36 : undefined,
  }));
  const latest = req.page.rows.reduce<Date | undefined>((m, r) => (m && m > r.releasedAt ? m : r.releasedAt), undefined);
  const body = await toXlsx(
    { name: zh ? "数据" : "Data", columns, rows: req.page.rows },
    { name: zh ? "说明" : "About", header: zh ? ["项目", "内容"] : ["Item", "Value"], rows: metadataRows(req) },
    { created: latest, creator: SOURCE[req.lang] },
  );
  return xlsxResponse(body, downloadName(req, "xlsx"), headers);
}
