// /sdmx/v2/data/{context}/{agencyID}/{resourceID}/{version}/{key}?c[..]&... parsed into one
// typed query. The key: dimension values in DSD order separated by ".", "*" or nothing for
// any value, "+" between alternatives (SDMX 2.1), "," between whole keys (REST 2.x); a
// shorter key leaves the remaining dimensions free. Pure.
import { ALL_FLOW, AGENCY, DSD_ID, VERSION } from "../ids";
import { badSyntax, noResults, SdmxError } from "../errors";
import { KEY_DIMENSIONS, type KeyDimension } from "../structure/model";
import { parseMoment } from "./moments";
import { spanOf, type Span, type TimeOp } from "./time";
import { selector, versionMatches } from "./versions";

export type Condition = { op: "eq" | "ne" | "co" | "nc" | "sw" | "ew" | "lt" | "le" | "gt" | "ge"; value: string };
/** OR of ANDs: c[X]=A,ge:B+le:C → [[eq A], [ge B, le C]] */
export type ComponentFilter = Condition[][];
export type TimeFilter = { op: TimeOp; span: Span }[][];

export type DataQuery = {
  flows: string[] | null; // null: every flow (all indicators)
  keys: Partial<Record<KeyDimension, string[]>>[]; // OR of keys; a missing dimension is free
  filters: Partial<Record<string, ComponentFilter>>;
  time: TimeFilter;
  firstN?: number;
  lastN?: number;
  dimensionAtObservation: string; // TIME_PERIOD, AllDimensions or a key dimension
  updatedAfter?: Date;
  asOf?: Date;
  includeHistory: boolean;
  offset: number;
  limit?: number;
  lang: "zh" | "en";
};

const CONTEXTS = new Set(["*", "dataflow", "datastructure", "provisionagreement"]);
const COMPONENTS = new Set([...KEY_DIMENSIONS, "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "UNIT_MULT", "DECIMALS", "OBS_STATUS", "OBS_CONF", "COMPUTED", "OBS_COMMENT"]);
const PLAIN_PARAMS = new Set([
  "updatedAfter", "firstNObservations", "lastNObservations", "dimensionAtObservation", "attributes", "measures",
  "includeHistory", "offset", "limit", "asOf", "format", "labels", "lang", "startPeriod", "endPeriod", "detail", "references", "sort",
]);
const OPS = new Set(["eq", "ne", "co", "nc", "sw", "ew", "lt", "le", "gt", "ge"]);
export const MAX_LIMIT = 100_000;
/**
 * The most observations (keys × measures) one data answer is built from: it is built whole
 * before offset/limit cut it, so past this a query is refused (select-data.ts, issue 21).
 */
export const MAX_ANSWER_OBSERVATIONS = 300_000;

function positiveInt(raw: string | null, name: string, min = 1): number | undefined {
  if (raw === null) return undefined;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min) throw badSyntax(`参数 ${name} 无效：应为${min ? "正" : "非负"}整数`, `Parameter ${name} is invalid: use a ${min ? "positive" : "non-negative"} integer`);
  return Number(raw);
}

function parseKeys(raw: string | undefined): DataQuery["keys"] {
  if (raw === undefined || raw === "" || raw === "*" || raw === "all") return [{}];
  return raw.split(",").map((key) => {
    const parts = key.split(".");
    if (parts.length > KEY_DIMENSIONS.length) throw badSyntax(`键 ${key} 的维度过多：依次为 ${KEY_DIMENSIONS.join(".")}`, `Key ${key} has too many dimensions: the key is ${KEY_DIMENSIONS.join(".")}`);
    const out: Partial<Record<KeyDimension, string[]>> = {};
    parts.forEach((p, i) => {
      if (p === "" || p === "*") return;
      const values = p.split("+");
      for (const v of values) if (!/^[A-Za-z0-9_@$-]+$/.test(v)) throw badSyntax(`键 ${key} 中的值 ${v} 无效`, `Invalid value ${v} in key ${key}`);
      out[KEY_DIMENSIONS[i]] = values;
    });
    return out;
  });
}

function parseConditions(component: string, raw: string): ComponentFilter {
  // "+" (AND) arrives as a space when the client did not encode it
  return raw.split(",").map((alt) =>
    alt.split(/[+ ]/).filter(Boolean).map((part) => {
      const m = /^([a-z]{2}):(.*)$/.exec(part);
      const op = (m && OPS.has(m[1]) ? m[1] : "eq") as Condition["op"];
      const value = m && OPS.has(m[1]) ? m[2] : part;
      if (!value) throw badSyntax(`c[${component}] 的条件为空`, `Empty condition in c[${component}]`);
      return { op, value };
    }),
  );
}

function timeFilter(component: string, f: ComponentFilter): TimeFilter {
  return f.map((and) =>
    and.map(({ op, value }) => {
      const span = spanOf(value);
      if (!span || !["eq", "ne", "ge", "gt", "le", "lt"].includes(op)) {
        throw badSyntax(`c[${component}] 的条件 ${op}:${value} 无效：时期如 2025、2025-Q3、2025-M03、2025-03 或 2025-03-31，运算符 eq/ne/ge/gt/le/lt`, `Invalid condition ${op}:${value} in c[${component}]: periods such as 2025, 2025-Q3, 2025-M03, 2025-03 or 2025-03-31 with eq/ne/ge/gt/le/lt`);
      }
      return { op: op as TimeOp, span };
    }),
  );
}

export function parseDataQuery(segments: string[], search: URLSearchParams): DataQuery {
  if (segments.length > 5) throw badSyntax("路径过长：/data/{context}/{agencyID}/{resourceID}/{version}/{key}", "Too many path elements: /data/{context}/{agencyID}/{resourceID}/{version}/{key}");
  const [context = "*", agency, resource, version, key] = segments;
  if (!CONTEXTS.has(context)) throw badSyntax(`context 无效：可用 dataflow、datastructure、provisionagreement 或 *`, `Invalid context: use dataflow, datastructure, provisionagreement or *`);
  if (context === "provisionagreement") throw noResults();
  const agencies = selector(agency, "agencyID");
  if ((agencies && !agencies.includes(AGENCY)) || !versionMatches(version, VERSION)) throw noResults();
  const ids = selector(resource, "resourceID");
  let flows: string[] | null = ids;
  if (context === "datastructure") {
    if (ids && !ids.includes(DSD_ID)) throw noResults();
    flows = null;
  } else if (ids && context === "*" && ids.includes(DSD_ID)) flows = null;
  if (flows?.includes(ALL_FLOW)) flows = null;

  const seen = new Set<string>();
  const filters: DataQuery["filters"] = {};
  let time: TimeFilter = [];
  for (const [name, value] of search) {
    if (seen.has(name)) throw badSyntax(`参数 ${name} 只能出现一次`, `Parameter ${name} may appear only once`);
    seen.add(name);
    const c = /^c\[([A-Za-z0-9_]+)\]$/.exec(name);
    if (c) {
      if (!COMPONENTS.has(c[1])) throw badSyntax(`未知组件 ${c[1]}`, `Unknown component ${c[1]} in ${name}`);
      const conds = parseConditions(c[1], value);
      if (c[1] === "TIME_PERIOD") time = timeFilter(c[1], conds);
      else filters[c[1]] = conds;
    } else if (!PLAIN_PARAMS.has(name)) throw badSyntax(`未知参数 ${name}`, `Unknown parameter ${name}`);
  }
  // SDMX 2.1's startPeriod/endPeriod: one more AND on the time dimension
  const start = search.get("startPeriod");
  const end = search.get("endPeriod");
  const extra: { op: TimeOp; span: Span }[] = [];
  for (const [raw, op, name] of [[start, "ge", "startPeriod"], [end, "le", "endPeriod"]] as const) {
    if (raw === null) continue;
    const span = spanOf(raw);
    if (!span) throw badSyntax(`参数 ${name} 无效：时期如 2025、2025-Q3、2025-M03`, `Parameter ${name} is invalid: use a period such as 2025, 2025-Q3, 2025-M03`);
    extra.push({ op, span });
  }
  if (extra.length) time = time.length ? time.map((and) => [...and, ...extra]) : [extra];

  const dimensionAtObservation = search.get("dimensionAtObservation") ?? "TIME_PERIOD";
  if (!["TIME_PERIOD", "AllDimensions", ...KEY_DIMENSIONS].includes(dimensionAtObservation)) {
    throw badSyntax(`参数 dimensionAtObservation 无效：可用 TIME_PERIOD、AllDimensions 或 ${KEY_DIMENSIONS.join("、")}`, `Parameter dimensionAtObservation is invalid: use TIME_PERIOD, AllDimensions or one of ${KEY_DIMENSIONS.join(", ")}`);
  }
  const history = search.get("includeHistory");
  if (history !== null && history !== "true" && history !== "false") throw badSyntax("参数 includeHistory 应为 true 或 false", "Parameter includeHistory must be true or false");
  for (const [name, allowed] of [["attributes", ["dsd", "all", "none", "obs", "series", "dataset"]], ["measures", ["all", "OBS_VALUE"]], ["detail", ["full", "dataonly"]]] as const) {
    const v = search.get(name);
    if (v !== null && !(allowed as readonly string[]).includes(v)) throw new SdmxError(501, `不支持参数 ${name}=${v}：可用 ${allowed.join(", ")}`, `${name}=${v} is not implemented: use ${allowed.join(", ")}`);
  }
  const sort = search.get("sort");
  if (sort !== null && !["series_key", "series_key:asc", "*", "*:asc"].includes(sort)) throw new SdmxError(501, "只支持按序列键排序（sort=series_key）", "Only sort=series_key is implemented");
  const lang = search.get("lang") ?? "zh";
  if (lang !== "zh" && lang !== "en") throw badSyntax("参数 lang 应为 zh 或 en", "Parameter lang must be zh or en");
  const asOf = search.get("asOf");
  const updatedAfter = search.get("updatedAfter");
  const q: DataQuery = {
    flows,
    keys: parseKeys(key),
    filters,
    time,
    firstN: positiveInt(search.get("firstNObservations"), "firstNObservations"),
    lastN: positiveInt(search.get("lastNObservations"), "lastNObservations"),
    dimensionAtObservation,
    asOf: asOf === null ? undefined : parseMoment(asOf, "asOf", "end"),
    updatedAfter: updatedAfter === null ? undefined : parseMoment(updatedAfter, "updatedAfter", "start"),
    includeHistory: history === "true",
    offset: positiveInt(search.get("offset"), "offset", 0) ?? 0,
    limit: positiveInt(search.get("limit"), "limit"),
    lang,
  };
  if (q.limit !== undefined && q.limit > MAX_LIMIT) throw badSyntax(`参数 limit 最大为 ${MAX_LIMIT}`, `Parameter limit is at most ${MAX_LIMIT}`);
  if (q.asOf && q.updatedAfter && q.updatedAfter > q.asOf) throw badSyntax("updatedAfter 不能晚于 asOf", "updatedAfter must not be later than asOf");
  return q;
}
