// Agency, id and version selectors of the SDMX REST path: `*` (all), comma lists, and for
// versions `~` / `+` / `latest` (latest; we keep one stable version of each artefact) or a
// semantic-version pattern with `+` wildcards (1+.0.0, 1.0+.0), where 1.0 means 1.0.0.
import { badSyntax } from "../errors";

const ID = /^[A-Za-z0-9_@$.-]+$/;

/** Splits a comma list; `*` (or an empty/absent element) selects all (null). */
export function selector(raw: string | undefined, name: string): string[] | null {
  if (raw === undefined || raw === "" || raw === "*" || raw === "all") return null;
  const parts = raw.split(",");
  for (const p of parts) if (!ID.test(p)) throw badSyntax(`路径参数 ${name} 无效：${p}`, `Invalid path parameter ${name}: ${p}`);
  return parts;
}

const VERSION = /^(\d+\+?)(\.\d+\+?){0,2}$/;

export function versionMatches(raw: string | undefined, actual: string): boolean {
  if (raw === undefined || raw === "" || raw === "*" || raw === "~" || raw === "+" || raw === "latest" || raw === "all") return true;
  const have = actual.split(".").map(Number);
  return raw.split(",").some((v) => {
    if (!VERSION.test(v)) throw badSyntax(`版本无效：${v}`, `Invalid version: ${v}`);
    const parts = v.split(".");
    while (parts.length < 3) parts.push("0");
    let wildcardSeen = false;
    for (let i = 0; i < 3; i++) {
      const plus = parts[i].endsWith("+");
      const n = Number(parts[i].replace("+", ""));
      if (wildcardSeen) continue; // after a `+`, later parts are free (semantic-version wildcard)
      if (plus) {
        if (have[i] < n) return false;
        if (have[i] > n) wildcardSeen = true;
      } else if (have[i] !== n) return false;
    }
    return true;
  });
}
