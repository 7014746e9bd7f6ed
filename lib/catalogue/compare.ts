// Field-level comparison of two versions of an indicator. Pure.
import { FIELD_KEYS, type FieldKey, type FieldValue, type IndicatorFields } from "./fields";

export type FieldChange = { field: FieldKey; before: FieldValue; after: FieldValue };

function same(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/**
 * The fields that differ, in FIELD_KEYS order. `only` limits the comparison to the fields a
 * source actually carries (an imported file without a `definition` column leaves definitions
 * alone rather than clearing them).
 */
export function diffFields(before: IndicatorFields, after: IndicatorFields, only?: ReadonlySet<FieldKey>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of FIELD_KEYS) {
    if (only && !only.has(field)) continue;
    if (!same(before[field], after[field])) out.push({ field, before: before[field], after: after[field] });
  }
  return out;
}

/** `before` with the given changes applied. */
export function withChanges(before: IndicatorFields, changes: FieldChange[]): IndicatorFields {
  const next = { ...before } as Record<FieldKey, FieldValue> & { code: string };
  for (const c of changes) next[c.field] = c.after;
  return next as IndicatorFields;
}

/** Audit payload: only the changed fields, before and after. */
export function auditChanges(changes: FieldChange[]): { before: Record<string, FieldValue>; after: Record<string, FieldValue> } {
  return {
    before: Object.fromEntries(changes.map((c) => [c.field, c.before])),
    after: Object.fromEntries(changes.map((c) => [c.field, c.after])),
  };
}
