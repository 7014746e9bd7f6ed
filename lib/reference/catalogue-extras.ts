// What the starter catalogue does not say but the monitor needs: supplying departments,
// which growth rate belongs to which level, which parts make up which total, Article 19's
// emerging-industry tags, and the headline set. These are the bureau's working choices
// (notes.md §3.1 "data owners"), editable later through catalogue management.

export const DEPARTMENTS = [
  { code: "stats", nameZh: "市统计局", nameEn: "Municipal Bureau of Statistics" },
  { code: "miit", nameZh: "市工业和信息化局", nameEn: "Municipal Bureau of Industry and Information Technology" },
  { code: "comms", nameZh: "辽宁省通信管理局", nameEn: "Liaoning Communications Administration" },
  { code: "data", nameZh: "市数据局", nameEn: "Municipal Data Bureau" },
  { code: "sci", nameZh: "市科技局", nameEn: "Municipal Science and Technology Bureau" },
  { code: "cac", nameZh: "市委网信办", nameEn: "Municipal Cyberspace Affairs Office" },
] as const;

export type DepartmentCode = (typeof DEPARTMENTS)[number]["code"];

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `DE${String(from + i).padStart(3, "0")}`);

const DEPARTMENT_OF: [DepartmentCode, string[]][] = [
  ["stats", [...range(1, 11), "DE023", "DE047", "DE048", "DE049", "DE051", "DE052", "GDP"]],
  ["miit", [...range(12, 18), "DE021", "DE022", "DE035", ...range(41, 46), "DE050"]],
  ["comms", ["DE019", "DE020", ...range(24, 31)]],
  ["data", [...range(32, 34), ...range(36, 40)]],
  ["sci", range(53, 56)],
];

export function departmentOf(code: string): DepartmentCode | null {
  return DEPARTMENT_OF.find(([, codes]) => codes.includes(code))?.[0] ?? null;
}

/** Published growth rate → the level it is the growth of. */
export const GROWTH_OF: Record<string, string> = { DE002: "DE001", DE009: "DE008", DE013: "DE012" };

/** Part → total (NBS 01–04 make up the core industries). */
export const PART_OF: Record<string, string> = { DE004: "DE001", DE005: "DE001", DE006: "DE001", DE007: "DE001" };

/** Published ratio → what it divides (in %): the share of GDP is core value added over GDP. */
export const RATIO_OF: Record<string, { numerator: string; denominator: string }> = { DE003: { numerator: "DE001", denominator: "GDP" } };

/** The core industry (NBS 大类) each part measures. */
export const CORE_PART_CATEGORY: Record<string, string> = { DE004: "01", DE005: "02", DE006: "03", DE007: "04" };

/** Article 19: 大数据、人工智能、云计算、物联网、工业互联网、区块链、元宇宙、量子信息、网络安全. */
export const EMERGING_INDUSTRIES = [
  { code: "big-data", nameZh: "大数据", nameEn: "Big data" },
  { code: "ai", nameZh: "人工智能", nameEn: "Artificial intelligence" },
  { code: "cloud", nameZh: "云计算", nameEn: "Cloud computing" },
  { code: "iot", nameZh: "物联网", nameEn: "Internet of Things" },
  { code: "industrial-internet", nameZh: "工业互联网", nameEn: "Industrial internet" },
  { code: "blockchain", nameZh: "区块链", nameEn: "Blockchain" },
  { code: "metaverse", nameZh: "元宇宙", nameEn: "Metaverse" },
  { code: "quantum", nameZh: "量子信息", nameEn: "Quantum information" },
  { code: "cybersecurity", nameZh: "网络安全", nameEn: "Cyber security" },
] as const;

/** Indicators that measure an emerging industry (none exist yet for blockchain, metaverse, quantum). */
export const EMERGING_TAGS: Record<string, string[]> = {
  DE014: ["cloud", "big-data"],
  DE022: ["ai"],
  DE030: ["iot"],
  DE032: ["cloud"],
  DE033: ["cloud", "ai"],
  DE034: ["ai"],
  DE035: ["industrial-internet"],
  DE036: ["big-data"],
  DE037: ["big-data"],
  DE038: ["big-data"],
  DE039: ["big-data"],
  DE040: ["big-data"],
  DE043: ["industrial-internet"],
  DE044: ["cloud"],
  DE046: ["industrial-internet"],
};

/**
 * Reporting deadlines agreed with the supplying departments, in days after the period ends
 * (the reporting schedule, lib/schedule). Staggered so that the bureau receives something
 * every few days rather than everything at once: operators' counts the day after the month
 * ends, the data platform's logs after 3 days, MIIT's manufacturing returns after 11, the
 * bureau's own consumption and investment figures after 14, telecom business after 16,
 * software after 24, and IT and internet services, which MIIT compiles last, after 32; quarterly
 * returns 8–20 days after the quarter, annual ones through February.
 * An indicator not listed gets the frequency default (catalogue-rules.ts dueDaysRule).
 */
export const DUE_DAYS: Record<string, number> = {
  // monthly
  ...Object.fromEntries(["DE024", "DE026", "DE027", "DE028", "DE029", "DE030"].map((c) => [c, 1])),
  DE039: 3,
  ...Object.fromEntries(["DE015", "DE016", "DE017", "DE018"].map((c) => [c, 11])),
  ...Object.fromEntries(["DE023", "DE047", "DE048", "DE049"].map((c) => [c, 14])),
  ...Object.fromEntries(["DE019", "DE020"].map((c) => [c, 16])),
  ...Object.fromEntries(["DE012", "DE013"].map((c) => [c, 24])),
  ...Object.fromEntries(["DE014", "DE021"].map((c) => [c, 32])),
  // quarterly
  ...Object.fromEntries(["DE032", "DE036", "DE037", "DE038"].map((c) => [c, 8])),
  ...Object.fromEntries(["DE025", "DE031"].map((c) => [c, 12])),
  ...Object.fromEntries(["DE035", "DE044", "DE053"].map((c) => [c, 15])),
  ...Object.fromEntries([...range(1, 11), "GDP"].map((c) => [c, 20])),
  // annual (days after 31 December: 5, 12, 19 and 26 February, 1 March or 29 February)
  ...Object.fromEntries(["DE033", "DE034", "DE040"].map((c) => [c, 36])),
  ...Object.fromEntries(["DE022", "DE043", "DE045", "DE046"].map((c) => [c, 43])),
  ...Object.fromEntries(["DE054", "DE055", "DE056"].map((c) => [c, 50])),
  ...Object.fromEntries(["DE041", "DE042", "DE050"].map((c) => [c, 57])), // the integration survey closes late
  ...Object.fromEntries(["DE051", "DE052"].map((c) => [c, 60])),
};

/**
 * Indicators reported for the city only (no district split exists): the open-data portal is
 * one city-wide platform. Others are reported for the city and all 13 districts.
 */
export const CITY_ONLY: readonly string[] = ["DE036"];

/** The figures leaders and the home page lead with. */
export const HEADLINE = ["DE001", "DE002", "DE003", "DE008", "DE009", "DE010", "DE011", "DE012"];

/**
 * Context indicators the catalogue lacks but the derived figures need: the share of GDP
 * needs GDP itself. Same columns as indicators.csv.
 */
export const EXTRA_CATALOGUE_CSV = `code,name_zh,name_en,unit,frequency,measure_type,article,category_code,notes
GDP,地区生产总值,Gross regional product (GDP),亿元,季,累计,第五条(统计监测),,"Context indicator for shares of GDP. Level at current prices (现价), year-to-date; growth at comparable prices. Shenyang 2024: 9027.1亿元 (SECONDARY)."
`;

export const REGION_NAMES_EN: Record<string, string> = {
  "210100": "Shenyang",
  "210102": "Heping District",
  "210103": "Shenhe District",
  "210104": "Dadong District",
  "210105": "Huanggu District",
  "210106": "Tiexi District",
  "210111": "Sujiatun District",
  "210112": "Hunnan District",
  "210113": "Shenbei New District",
  "210114": "Yuhong District",
  "210115": "Liaozhong District",
  "210123": "Kangping County",
  "210124": "Faku County",
  "210181": "Xinmin City",
};

// English names of the 大类 and 中类 that public pages show (the 小类 are not shown). The NBS
// publishes the classification in Chinese only: these are our renderings, worded as the
// English pages name the 大类.
export const CATEGORY_NAMES_EN: Record<string, string> = {
  "01": "Digital product manufacturing",
  "0101": "Computer manufacturing",
  "0102": "Communication and radar equipment manufacturing",
  "0103": "Digital media equipment manufacturing",
  "0104": "Intelligent equipment manufacturing",
  "0105": "Electronic components and equipment manufacturing",
  "0106": "Other digital product manufacturing",
  "02": "Digital product services",
  "0201": "Wholesale of digital products",
  "0202": "Retail of digital products",
  "0203": "Rental of digital products",
  "0204": "Repair of digital products",
  "0205": "Other digital product services",
  "03": "Digital technology application",
  "0301": "Software development",
  "0302": "Telecommunications, broadcasting and satellite transmission services",
  "0303": "Internet-related services",
  "0304": "Information technology services",
  "0305": "Other digital technology application",
  "04": "Digital-factor-driven industries",
  "0401": "Internet platforms",
  "0402": "Internet wholesale and retail",
  "0403": "Internet finance",
  "0404": "Digital content and media",
  "0405": "Information infrastructure construction",
  "0406": "Data resources and property rights trading",
  "0407": "Other digital-factor-driven industries",
  "05": "Digital efficiency improvement",
  "0501": "Smart agriculture",
  "0502": "Intelligent manufacturing",
  "0503": "Smart transport",
  "0504": "Smart logistics",
  "0505": "Digital finance",
  "0506": "Digital commerce",
  "0507": "Digital society",
  "0508": "Digital government",
  "0509": "Other digital efficiency improvement",
};
