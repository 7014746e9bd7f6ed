// What each query parameter accepts, in Chinese and English. One text serves the 400 message,
// the OpenAPI parameter description and the docs page, so the three never disagree.
export type ParamHelp = { zh: string; en: string };
export type ParamHelpMap = Record<string, ParamHelp>;

export const MAX_JSON_LIMIT = 10_000;
export const DEFAULT_JSON_LIMIT = 1_000;
export const MAX_FILE_ROWS = 100_000;
export const MAX_LAST = 200;
// the catalogue a page at a time: a province's 5,700 indicators in one answer took 0.3 s to build
// after each release and 2.6 MB to send (issue 21); a city's catalogue fits in one page
export const DEFAULT_INDICATOR_LIMIT = 500;
export const MAX_INDICATOR_LIMIT = 1_000;

const period = { zh: "期别代码，如 2025Q3（季）、2025M09（月）或 2025（年）", en: "a period code such as 2025Q3 (quarter), 2025M09 (month) or 2025 (year)" };

export const OBSERVATION_PARAMS: ParamHelpMap = {
  indicator: { zh: "指标代码，可重复或以逗号分隔，如 DE001,DE002", en: "indicator code(s), repeatable or comma-separated, e.g. DE001,DE002" },
  region: { zh: "6 位区划代码，可重复或以逗号分隔，如 210100（全市）,210102", en: "6-digit division code(s), repeatable or comma-separated, e.g. 210100 (whole city),210102" },
  from: { zh: `起始期别（含），${period.zh}，不得晚于 to`, en: `first period (inclusive), ${period.en}; not after to` },
  to: { zh: `截止期别（含），${period.zh}`, en: `last period (inclusive), ${period.en}` },
  last: { zh: `每个指标只取最近 N 期，N 为 1–${MAX_LAST} 的整数`, en: `only the latest N periods of each indicator, N an integer 1–${MAX_LAST}` },
  asOf: {
    zh: "日期 YYYY-MM-DD：返回北京时间该日结束时已公开的数据（含当时的修订前数值）",
    en: "a date YYYY-MM-DD: what was public at the end of that day, Asia/Shanghai (values before later revisions)",
  },
  measure: {
    zh: "level（发布值，默认）、in-period（由累计值计算的当期值）或 yoy（同比增速，有官方发布值时用发布值，否则为计算值）",
    en: "level (released value, default), in-period (in-period value computed from year-to-date values) or yoy (year-on-year growth: the published rate if any, else computed)",
  },
  format: { zh: "json（默认）、csv（UTF-8 带 BOM）、xlsx 或 jsonstat（JSON-stat 2.0）", en: "json (default), csv (UTF-8 with BOM), xlsx or jsonstat (JSON-stat 2.0)" },
  lang: { zh: "CSV/XLSX/JSON-stat 表头与名称的语言：zh（默认）或 en", en: "language of CSV/XLSX/JSON-stat headers and names: zh (default) or en" },
  limit: {
    zh: `每页行数：JSON 为 1–${MAX_JSON_LIMIT}（默认 ${DEFAULT_JSON_LIMIT}），CSV/XLSX/JSON-stat 为 1–${MAX_FILE_ROWS}（默认 ${MAX_FILE_ROWS}）`,
    en: `rows per page: 1–${MAX_JSON_LIMIT} for JSON (default ${DEFAULT_JSON_LIMIT}), 1–${MAX_FILE_ROWS} for CSV/XLSX/JSON-stat (default ${MAX_FILE_ROWS})`,
  },
  offset: { zh: "跳过的行数，非负整数；不可与 cursor 同用", en: "rows to skip, a non-negative integer; not together with cursor" },
  cursor: { zh: "上一页返回的 paging.nextCursor", en: "paging.nextCursor of the previous page" },
};

export const INDICATOR_LIST_PARAMS: ParamHelpMap = {
  chapter: {
    zh: "条例章节：INFRASTRUCTURE、DATA_FACTOR、INDUSTRIALIZATION、DIGITALIZATION 或 INNOVATION",
    en: "chapter of the regulation: INFRASTRUCTURE, DATA_FACTOR, INDUSTRIALIZATION, DIGITALIZATION or INNOVATION",
  },
  category: { zh: "国家统计局数字经济分类代码，如 01（含其下级）", en: "NBS digital-economy category code, e.g. 01 (includes its sub-categories)" },
  emerging: { zh: "第十九条新兴产业标签代码", en: "Article 19 emerging-industry tag code" },
  limit: {
    zh: `每页指标数，1–${MAX_INDICATOR_LIMIT}（默认 ${DEFAULT_INDICATOR_LIMIT}）；其余见 paging.next`,
    en: `indicators per page, 1–${MAX_INDICATOR_LIMIT} (default ${DEFAULT_INDICATOR_LIMIT}); the rest via paging.next`,
  },
  offset: { zh: "跳过的指标数，非负整数", en: "indicators to skip, a non-negative integer" },
};

export const RELEASE_PARAMS: ParamHelpMap = {
  status: { zh: "released（已发布）、scheduled（待发布）或 cancelled（已取消）", en: "released, scheduled or cancelled" },
  indicator: { zh: "只列出包含这些指标的发布，指标代码可重复或以逗号分隔", en: "only releases covering these indicator codes, repeatable or comma-separated" },
  from: { zh: "发布日期下限 YYYY-MM-DD（北京时间，含）", en: "earliest release date YYYY-MM-DD (Asia/Shanghai, inclusive)" },
  to: { zh: "发布日期上限 YYYY-MM-DD（北京时间，含），不得早于 from", en: "latest release date YYYY-MM-DD (Asia/Shanghai, inclusive); not before from" },
};
