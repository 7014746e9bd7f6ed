// Query strings to typed requests. List parameters may be repeated or comma-separated
// (?indicator=DE001&indicator=DE002 or ?indicator=DE001,DE002); other parameters may appear
// once. Empty values count as absent, so forms that submit blank fields still work.
import type { z } from "zod";
import { ParamError } from "./param-error";
import type { ParamHelpMap } from "./param-help";

export type QueryRecord = Record<string, string | string[]>;

export function queryRecord(search: URLSearchParams, listParams: readonly string[]): QueryRecord {
  const out: QueryRecord = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key).map((v) => v.trim()).filter((v) => v !== "");
    if (listParams.includes(key)) {
      const items = values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
      if (items.length) out[key] = [...new Set(items)];
    } else if (values.length > 1) {
      throw ParamError.repeated(key);
    } else if (values.length === 1) {
      out[key] = values[0];
    }
  }
  return out;
}

/** Validate against a strict schema; the first problem becomes a ParamError naming its parameter. */
export function parseQuery<T extends z.ZodType>(search: URLSearchParams, schema: T, help: ParamHelpMap, listParams: readonly string[]): z.output<T> {
  const parsed = schema.safeParse(queryRecord(search, listParams));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue.code === "unrecognized_keys") throw ParamError.unknown(issue.keys[0]);
  const parameter = String(issue.path[0] ?? "");
  throw ParamError.invalid(parameter, help[parameter]);
}
