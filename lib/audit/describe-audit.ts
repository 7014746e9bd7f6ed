// An audit event's details as people read them: each changed field as "before → after",
// other facts as "field: value", times in Beijing time, codes of enums in words. The stored
// JSON is untouched (the CSV export keeps it whole). Pure.
import { formatDateTime } from "@/lib/format-date";
import { FIELD_LABELS, VALUE_FIELD, VALUE_LABELS } from "./audit-labels";

export type DetailLine = { label: string } & ({ before: string; after: string } | { value: string });

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

const MAX_TEXT = 200;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isObject = (v: unknown): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

function fieldLabel(key: string, locale: string): string {
  const w = FIELD_LABELS[key];
  return w ? (locale === "en" ? w.en : w.zh) : key;
}

export function formatAuditValue(v: Json | undefined, locale: string, field?: string): string {
  const en = locale === "en";
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? (en ? "yes" : "是") : en ? "no" : "否";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") {
    if (ISO.test(v)) return formatDateTime(new Date(v), locale);
    const w = field ? VALUE_LABELS[field]?.[v] : undefined;
    if (w) return en ? w.en : w.zh;
    return v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT)}…` : v;
  }
  if (Array.isArray(v)) return v.length ? v.map((x) => formatAuditValue(x, locale, field)).join(en ? ", " : "、") : "—";
  return Object.entries(v)
    .map(([k, x]) => `${fieldLabel(k, locale)}: ${formatAuditValue(x, locale, k)}`)
    .join(en ? "; " : "；");
}

const same = (a: Json | undefined, b: Json | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function describeAuditData(action: string, data: unknown, locale: string): DetailLine[] {
  if (data === null || data === undefined) return [];
  if (!isObject(data)) return [{ label: locale === "en" ? "Details" : "详情", value: formatAuditValue(data as Json, locale) }];
  const out: DetailLine[] = [];
  const rest = { ...data };
  const f = (v: Json | undefined, field?: string) => formatAuditValue(v, locale, field);
  if ("before" in data && "after" in data) {
    const { before, after } = data;
    delete rest.before;
    delete rest.after;
    if (isObject(before) || isObject(after)) {
      const b = isObject(before) ? before : {};
      const a = isObject(after) ? after : {};
      for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
        if (!same(b[k], a[k])) out.push({ label: fieldLabel(k, locale), before: isObject(before) ? f(b[k], k) : "—", after: isObject(after) ? f(a[k], k) : "—" });
      }
    } else {
      const field = VALUE_FIELD[action];
      out.push({ label: field ? fieldLabel(field, locale) : locale === "en" ? "Value" : "值", before: f(before, field), after: f(after, field) });
    }
  }
  if ("from" in data && "to" in data) {
    delete rest.from;
    delete rest.to;
    // release.moved: from one release time to another
    const times = typeof data.from === "string" && ISO.test(data.from);
    out.push({ label: times ? fieldLabel("releaseAt", locale) : locale === "en" ? "Changed" : "变更", before: f(data.from), after: f(data.to) });
  } else if ("from" in data) {
    delete rest.from;
    out.push({ label: locale === "en" ? "Was" : "原状态", value: f(data.from, "from") });
  }
  for (const [k, v] of Object.entries(rest)) out.push({ label: fieldLabel(k, locale), value: f(v, k) });
  return out;
}
