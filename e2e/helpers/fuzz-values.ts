// Bad values for one parameter at a time (e2e/fuzz-params.spec.ts): each is the raw text put
// in the URL after "name=", so it may carry broken percent-encoding on purpose. Derived from
// the parameter's schema in the OpenAPI document where there is one: an integer also gets
// out-of-range and fractional numbers, a period or a date its malformed neighbours.

export type BadValue = { name: string; raw: string };

const enc = encodeURIComponent;

/** For every parameter, whatever its type. */
export const COMMON: BadValue[] = [
  { name: "empty", raw: "" },
  { name: "NUL", raw: "%00" },
  { name: "control characters", raw: enc("a\u0001\u0008\u001b[31m\u007f\r\nb") },
  { name: "8 KB string", raw: "x".repeat(8 * 1024) },
  { name: "wrong type (array)", raw: enc("[1,2]") },
  { name: "wrong type (object)", raw: enc('{"a":1}') },
  { name: "wrong type (boolean)", raw: "true" },
  { name: "number 1e308", raw: "1e308" },
  { name: "negative", raw: "-1" },
  { name: "path characters", raw: enc("../../etc/passwd") },
  { name: "SQL", raw: enc("' OR 1=1;--") },
  { name: "invalid UTF-8", raw: "%FF%FE%C0%AF" },
  { name: "bad percent-encoding", raw: "%ZZ%E4%B8%" },
  { name: "lone surrogate (as UTF-8 of U+D800)", raw: "%ED%A0%80" },
  { name: "malformed period 20x5Q9", raw: "20x5Q9" },
  { name: "period 2025Q0", raw: "2025Q0" },
  { name: "month 2025-13", raw: "2025-13" },
  { name: "month 2025M13", raw: "2025M13" },
  { name: "date 2025-02-30", raw: "2025-02-30" },
  { name: "date-time with hour 25", raw: enc("2025-02-28T25:61:00Z") },
  { name: "year 275760", raw: "275760-09-13" },
  { name: "Chinese text", raw: enc("二〇二五年第三季度") },
];

/** More for integer parameters. */
export const INTEGER: BadValue[] = [
  { name: "zero", raw: "0" },
  { name: "fraction", raw: "1.5" },
  { name: "beyond int4", raw: "2147483648" },
  { name: "beyond 2^53", raw: "9007199254740993" },
  { name: "hex", raw: "0x10" },
  { name: "NaN", raw: "NaN" },
  { name: "Infinity", raw: "Infinity" },
];

type Schema = { type?: string; enum?: unknown[]; minimum?: number; maximum?: number; format?: string } | undefined;

/** The bad values a parameter of this schema gets: the common ones, plus numbers for integers and one beyond each bound. */
export function badValuesFor(schema: Schema): BadValue[] {
  const out = [...COMMON];
  if (schema?.type === "integer" || schema?.type === "number") {
    out.push(...INTEGER);
    if (schema.maximum !== undefined) out.push({ name: "maximum + 1", raw: String(schema.maximum + 1) });
    if (schema.minimum !== undefined) out.push({ name: "minimum - 1", raw: String(schema.minimum - 1) });
  }
  if (schema?.enum) out.push({ name: "enum value in upper case", raw: enc(String(schema.enum[0]).toUpperCase() + "X") });
  return out;
}

/** Values for a path segment: the common ones that can stand in a path, plus ids that exist nowhere. */
export const PATH_SEGMENT: BadValue[] = [
  ...COMMON.filter((v) => v.raw !== "" && !v.raw.includes("%2F")),
  { name: "encoded slash traversal", raw: "..%2F..%2Fetc%2Fpasswd" },
  { name: "encoded dot dot", raw: "%2E%2E" },
  { name: "int beyond 2^53", raw: "99999999999999999999" },
  { name: "semicolon", raw: "1;DROP" },
];
