// Test helper: a small catalogue following /work/shared/reference/indicators.csv and the
// catalogue rules (lib/reference/catalogue-rules.ts), plus the 14 regions of districts.csv.
// DE090 (in-period) and DE099 (retired) exist only here, to exercise those rules.
import { Readable } from "node:stream";
import type { IngestContext, IngestIndicator, IngestOutcome, IngestRegion, StagedRow } from "./types";

type Spec = Pick<IngestIndicator, "id" | "code" | "nameZh" | "unit" | "frequency" | "measureType"> & Partial<IngestIndicator>;

function ind(s: Spec): IngestIndicator {
  const pct = s.unit === "%";
  const bounds =
    s.measureType === "GROWTH" ? { minValue: "-100", maxValue: null } : s.measureType === "RATE" ? { minValue: "0", maxValue: pct ? "100" : null } : { minValue: "0", maxValue: null };
  return { nameEn: s.code, decimals: pct ? 1 : 2, retired: false, growthOfId: null, partOfId: null, jumpThreshold: null, ...bounds, ...s };
}

export const INDICATORS: IngestIndicator[] = [
  ind({ id: 1, code: "DE001", nameZh: "数字经济核心产业增加值", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE" }),
  ind({ id: 2, code: "DE002", nameZh: "数字经济核心产业增加值增速", unit: "%", frequency: "QUARTER", measureType: "GROWTH", growthOfId: 1 }),
  ind({ id: 3, code: "DE003", nameZh: "数字经济核心产业增加值占地区生产总值比重", unit: "%", frequency: "QUARTER", measureType: "RATE" }),
  ind({ id: 4, code: "DE004", nameZh: "数字产品制造业增加值", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", partOfId: 1 }),
  ind({ id: 5, code: "DE005", nameZh: "数字产品服务业增加值", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", partOfId: 1 }),
  ind({ id: 6, code: "DE006", nameZh: "数字技术应用业增加值", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", partOfId: 1 }),
  ind({ id: 7, code: "DE007", nameZh: "数字要素驱动业增加值", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", partOfId: 1 }),
  ind({ id: 8, code: "DE008", nameZh: "数字经济核心产业“四上”企业营业收入", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE" }),
  ind({ id: 9, code: "DE009", nameZh: "数字经济核心产业“四上”企业营业收入增速", unit: "%", frequency: "QUARTER", measureType: "GROWTH", growthOfId: 8 }),
  ind({ id: 10, code: "DE010", nameZh: "数字经济核心产业“四上”企业数", unit: "家", frequency: "QUARTER", measureType: "STOCK", decimals: 0, jumpThreshold: "30" }),
  ind({ id: 12, code: "DE012", nameZh: "软件业务收入", unit: "亿元", frequency: "MONTH", measureType: "CUMULATIVE" }),
  ind({ id: 13, code: "DE013", nameZh: "软件业务收入增速", unit: "%", frequency: "MONTH", measureType: "GROWTH", growthOfId: 12 }),
  ind({ id: 24, code: "DE024", nameZh: "5G基站数", unit: "个", frequency: "MONTH", measureType: "STOCK", decimals: 0 }),
  ind({ id: 40, code: "DE040", nameZh: "数据要素型企业数", unit: "家", frequency: "YEAR", measureType: "STOCK", decimals: 0 }),
  ind({ id: 50, code: "DE050", nameZh: "两化融合发展水平", unit: "指数", frequency: "YEAR", measureType: "RATE" }),
  ind({ id: 51, code: "DE051", nameZh: "数字经济核心产业规上企业研发经费支出", unit: "亿元", frequency: "YEAR", measureType: "CUMULATIVE" }),
  ind({ id: 90, code: "DE090", nameZh: "当季新增上云企业数", unit: "家", frequency: "QUARTER", measureType: "PERIOD", decimals: 0 }),
  ind({ id: 99, code: "DE099", nameZh: "电子商务交易额", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", retired: true }),
];

export const REGIONS: IngestRegion[] = [
  ["210100", "沈阳市"], ["210102", "和平区"], ["210103", "沈河区"], ["210104", "大东区"], ["210105", "皇姑区"],
  ["210106", "铁西区"], ["210111", "苏家屯区"], ["210112", "浑南区"], ["210113", "沈北新区"], ["210114", "于洪区"],
  ["210115", "辽中区"], ["210123", "康平县"], ["210124", "法库县"], ["210181", "新民市"],
].map(([code, nameZh]) => ({ code, nameZh }));

export function testContext(over: Partial<IngestContext> = {}): IngestContext {
  return { indicators: INDICATORS, regions: REGIONS, locale: "zh", ...over };
}

/** Splits bytes into chunks of `size` (to exercise chunk boundaries). */
export function chunked(bytes: Uint8Array, size = 64 * 1024): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(Buffer.from(bytes.subarray(i, i + size)));
  return Readable.from(parts);
}

/** Runs an ingest entry point and collects what reached the sink. */
export async function collect(
  run: (sink: (rows: StagedRow[]) => void) => Promise<IngestOutcome>,
): Promise<IngestOutcome & { staged: StagedRow[]; batches: number }> {
  const staged: StagedRow[] = [];
  let batches = 0;
  const out = await run((rows) => {
    batches++;
    staged.push(...rows);
  });
  return { ...out, staged, batches };
}
