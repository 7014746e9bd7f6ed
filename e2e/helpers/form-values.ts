// Bad values for one field of a Server Action form (e2e/fuzz-actions.spec.ts), chosen by what
// the field is: each value is wrong for that field by construction (a free-text note may hold
// "20x5Q9", a period field may not), so the server must refuse every one of them and change
// nothing. Values are bytes, so that invalid UTF-8 reaches the server as it was sent.
import type { Field } from "./action-forms";

export type FieldValue = { name: string; bytes: Buffer };

const v = (name: string, text: string): FieldValue => ({ name, bytes: Buffer.from(text, "utf8") });

// a number typed as text: by its inputmode, or by the name a form gives it
const NUMERIC_NAME = /(value|percent|units|year|days|decimals|^dominance[A-Z])$/i;
const PERIOD_NAME = /period/i;

type Kind = "free" | "number" | "date" | "datetime" | "period" | "choice" | "hidden" | "password";

export function kindOf(f: Field): Kind {
  if (f.type === "hidden") return "hidden";
  if (f.type === "select" || f.type === "checkbox" || f.type === "radio") return "choice";
  if (f.type === "number" || /decimal|numeric/.test(f.inputMode) || NUMERIC_NAME.test(f.name)) return "number";
  if (f.type === "date") return "date";
  if (f.type === "datetime-local") return "datetime";
  if (PERIOD_NAME.test(f.name)) return "period";
  if (f.type === "password") return "password";
  return "free";
}

export function badValuesFor(f: Field): FieldValue[] {
  const kind = kindOf(f);
  const out: FieldValue[] = [
    v("NUL", `a\u0000b`),
    v("control characters", "a\u0001\u0008\u001b[31m\u007fb\u0002c"),
  ];
  if (f.required) out.push(v("empty", ""), v("only spaces", " \u3000\t "));
  // single-line fields have a limit even where the page states none; 8 KB passes every one
  if (f.type !== "textarea") out.push(v("8 KB", "x".repeat(8 * 1024)));
  else if (f.maxLength) out.push(v(`beyond maxlength ${f.maxLength}`, "x".repeat(f.maxLength + 1)));
  if (kind === "free" || kind === "password") return out;
  out.push(
    { name: "invalid UTF-8", bytes: Buffer.from([0xff, 0xfe, 0xc0, 0xaf]) },
    v("wrong type (array)", "[1,2]"),
    v("wrong type (object)", '{"a":1}'),
    v("path characters", "../../etc/passwd"),
    v("SQL", "' OR 1=1;--"),
  );
  if (kind === "number" || kind === "hidden") {
    out.push(v("1e308", "1e308"), v("NaN", "NaN"), v("Infinity", "Infinity"), v("hex", "0x10"));
    // whole numbers (ids, years, days): a decimal typed as text may be that large
    if (kind === "hidden" || f.type === "number") out.push(v("beyond int4", "2147483648"), v("beyond 2^53", "9007199254740993"));
    if (f.max !== null) out.push(v("max + 1", String(Number(f.max) + 1)));
    if (f.min !== null) out.push(v("min - 1", String(Number(f.min) - 1)));
  }
  if (kind === "period" || kind === "date" || kind === "datetime" || kind === "hidden") {
    out.push(v("period 20x5Q9", "20x5Q9"), v("period 2025Q0", "2025Q0"), v("month 2025-13", "2025-13"), v("month 2025M13", "2025M13"));
  }
  if (kind === "date" || kind === "datetime") {
    out.push(v("date 2025-02-30", kind === "date" ? "2025-02-30" : "2025-02-30T10:00"), v("hour 25", "2025-02-28T25:61"), v("year 275760", kind === "date" ? "275760-09-13" : "275760-09-13T10:00"), v("date 0000-00-00", "0000-00-00"));
  }
  if (kind === "choice") out.push(v("not an option", "zz-not-an-option"));
  return out;
}

/** A multipart/form-data body of these entries, written by hand so that any bytes go through. */
export function multipart(entries: [string, Buffer | string][]): { body: Buffer; contentType: string } {
  const boundary = `----fuzz${Math.random().toString(36).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of entries) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, "%22")}"\r\n\r\n`, "utf8"));
    parts.push(typeof value === "string" ? Buffer.from(value, "utf8") : value);
    parts.push(Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
