// The diff an import shows before it is applied: indicators added, changed (field by field,
// before → after), retired and brought back. Changes that the catalogue refuses once data is
// released become errors on their line. The fingerprint lets "apply" prove it applies the
// very diff the administrator saw (nothing changed in between). Pure.
import { createHash } from "node:crypto";
import { diffFields, type FieldChange } from "./compare";
import { FIELD_LABELS, LOCKED_AFTER_RELEASE, fieldText, type IndicatorFields } from "./fields";
import type { ImportError, ParsedImport } from "./import-parse";
import { meaningChanges } from "./methodology";

export type PlanItem =
  | { kind: "added"; line: number; code: string; fields: IndicatorFields }
  | { kind: "changed" | "retired" | "restored"; line: number; code: string; name: { zh: string; en: string }; changes: FieldChange[]; methodologyNote: boolean };

export type ImportPlan = {
  items: PlanItem[];
  unchanged: number;
  /** Indicators of the catalogue the file does not mention: left as they are. */
  notInFile: number;
  errors: ImportError[];
  fingerprint: string;
};

export function lockedChangeError(code: string, line: number, changes: FieldChange[]): ImportError | null {
  const locked = changes.filter((c) => LOCKED_AFTER_RELEASE.includes(c.field));
  if (!locked.length) return null;
  const zh = locked.map((c) => `${FIELD_LABELS[c.field].zh}（${fieldText(c.field, c.before, "zh")} → ${fieldText(c.field, c.after, "zh")}）`).join("、");
  const en = locked.map((c) => `${FIELD_LABELS[c.field].en} (${fieldText(c.field, c.before, "en")} → ${fieldText(c.field, c.after, "en")})`).join(", ");
  return {
    line,
    column: null,
    zh: `${code} 已有发布数据，不能修改${zh}，否则会改变已发布数据的含义。如口径确需变化，请新增指标并停用本指标。`,
    en: `${code} has released data, so its ${en} cannot change without changing what released values mean. Add a new indicator and retire this one instead.`,
  };
}

export function planImport(parsed: ParsedImport, current: ReadonlyMap<string, IndicatorFields>, released: ReadonlySet<string>): ImportPlan {
  const errors = [...parsed.errors];
  const items: PlanItem[] = [];
  let unchanged = 0;
  for (const row of parsed.rows) {
    const before = current.get(row.fields.code);
    if (!before) {
      items.push({ kind: "added", line: row.line, code: row.fields.code, fields: row.fields });
      continue;
    }
    const changes = diffFields(before, row.fields, parsed.columns);
    if (!changes.length) {
      unchanged++;
      continue;
    }
    const isReleased = released.has(row.fields.code);
    const locked = isReleased ? lockedChangeError(row.fields.code, row.line, changes) : null;
    if (locked) {
      errors.push(locked);
      continue;
    }
    const flip = changes.find((c) => c.field === "retired");
    const kind = !flip ? "changed" : flip.after ? "retired" : "restored";
    items.push({ kind, line: row.line, code: row.fields.code, name: { zh: row.fields.nameZh, en: row.fields.nameEn }, changes, methodologyNote: isReleased && meaningChanges(changes).length > 0 });
  }
  const mentioned = new Set(parsed.rows.map((r) => r.fields.code));
  const notInFile = [...current.keys()].filter((c) => !mentioned.has(c)).length;
  errors.sort((a, b) => a.line - b.line);
  const fingerprint = createHash("sha256").update(JSON.stringify(items.map(({ line: _line, ...rest }) => rest))).digest("hex").slice(0, 32);
  return { items, unchanged, notInFile, errors, fingerprint };
}

export function planCounts(plan: ImportPlan): Record<"added" | "changed" | "retired" | "restored", number> {
  const n = { added: 0, changed: 0, retired: 0, restored: 0 };
  for (const i of plan.items) n[i.kind]++;
  return n;
}
