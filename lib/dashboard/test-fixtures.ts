// Small catalogue and observations for the dashboard's unit tests.
import { isoDate, mustParsePeriod, periodEnd } from "@/lib/period";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import type { RegionRow } from "./find-regions";
import type { DashObs } from "./observations";

// one id per code, so fixtures built in separate calls agree
const IDS = new Map<string, number>();
const idOf = (code: string) => IDS.get(code) ?? (IDS.set(code, IDS.size + 1), IDS.size);

export function indicator(code: string, over: Partial<PublicIndicator> = {}): PublicIndicator {
  return {
    id: idOf(code),
    code,
    nameZh: `指标${code}`,
    nameEn: `Indicator ${code}`,
    unit: "亿元",
    frequency: "QUARTER",
    measureType: "CUMULATIVE",
    decimals: 2,
    chapter: null,
    articleRef: "",
    articles: [],
    definition: null,
    definitionEn: null,
    methodNotes: null,
    methodNotesEn: null,
    sourceNote: null,
    sourceNoteEn: null,
    higherIsBetter: true,
    growthOfId: null,
    partOfId: null,
    isHeadline: false,
    retired: false,
    retiredAt: null,
    categoryCodes: [],
    emergingCodes: [],
    departmentCode: null,
    ...over,
  };
}

export function obs(ind: PublicIndicator, region: string, period: string, value: string | null, over: Partial<DashObs> = {}): DashObs {
  return {
    indicatorId: ind.id,
    regionCode: region,
    period,
    periodEnd: isoDate(periodEnd(mustParsePeriod(period))),
    value,
    flag: null,
    isDemo: false,
    releasedAt: new Date("2025-10-28T02:00:00Z"),
    previous: null,
    unreleased: false,
    batchId: null,
    releaseId: null,
    ...over,
  };
}

export const CITY = "210100";
export const REGIONS: RegionRow[] = [
  { code: CITY, nameZh: "沈阳市", nameEn: "Shenyang", kind: "CITY" },
  { code: "210102", nameZh: "和平区", nameEn: "Heping", kind: "DISTRICT" },
  { code: "210103", nameZh: "沈河区", nameEn: "Shenhe", kind: "DISTRICT" },
  { code: "210112", nameZh: "浑南区", nameEn: "Hunnan", kind: "DISTRICT" },
];

/** DE001 with its growth (DE002), share of GDP (DE003), two parts, GDP and a monthly stock. */
export function coreCatalogue() {
  const de001 = indicator("DE001", { isHeadline: true, chapter: "INDUSTRIALIZATION", categoryCodes: ["01", "02", "03", "04"] });
  const de002 = indicator("DE002", { isHeadline: true, unit: "%", decimals: 1, measureType: "GROWTH", growthOfId: de001.id, chapter: "INDUSTRIALIZATION" });
  const de003 = indicator("DE003", { isHeadline: true, unit: "%", decimals: 1, measureType: "RATE", chapter: "INDUSTRIALIZATION" });
  const de004 = indicator("DE004", { partOfId: de001.id, categoryCodes: ["01"], chapter: "INDUSTRIALIZATION" });
  const de006 = indicator("DE006", { partOfId: de001.id, categoryCodes: ["03"], chapter: "INDUSTRIALIZATION" });
  const gdp = indicator("GDP");
  const de024 = indicator("DE024", { unit: "个", decimals: 0, frequency: "MONTH", measureType: "STOCK", chapter: "INFRASTRUCTURE", isHeadline: true, emergingCodes: [] });
  const de032 = indicator("DE032", { unit: "架", decimals: 0, measureType: "STOCK", chapter: "INFRASTRUCTURE", emergingCodes: ["cloud"] });
  const de036 = indicator("DE036", { unit: "个", decimals: 0, frequency: "YEAR", measureType: "STOCK", chapter: "DATA_FACTOR", emergingCodes: ["big-data"] });
  return { de001, de002, de003, de004, de006, gdp, de024, de032, de036, all: [de001, de002, de003, de004, de006, gdp, de024, de032, de036] };
}
