// Turns the rows of an imported catalogue table into indicator fields, with every problem
// reported by line and column. A row only changes the columns the file has: a starter-style
// file with nine columns leaves departments, bounds and schedules as they are. New rows get
// the defaults the starter catalogue got (lib/reference/catalogue-rules.ts). Pure.
import { boundsRule, decimalsRule, dueDaysRule } from "@/lib/reference/catalogue-rules";
import type { Frequency } from "@/lib/period";
import { ALL_COLUMNS, COLUMN_FIELD, readFrequency, readMeasureType, type Column } from "./columns";
import type { FieldKey, IndicatorFields } from "./fields";
import type { Table } from "./import-read";
import { checkReferences, type CatalogueRefs } from "./references";
import { toRaw, ZCode, ZIndicatorFields, type RawIndicator } from "./schema";

export type ImportError = { line: number; column: string | null; zh: string; en: string };
export type ParsedRow = { line: number; fields: IndicatorFields; isNew: boolean };
export type ParsedImport = { rows: ParsedRow[]; columns: Set<FieldKey>; errors: ImportError[] };

const FIELD_COLUMN = Object.fromEntries(Object.entries(COLUMN_FIELD).map(([c, f]) => [f, c])) as Partial<Record<FieldKey | "code", string>>;
FIELD_COLUMN.code = "code";
FIELD_COLUMN.frequencyNote = "frequency";

const split = (m: string) => {
  const [zh, en] = m.split(" / ");
  return { zh, en: en ?? zh };
};

const EMPTY: RawIndicator = Object.fromEntries(
  ["code", "nameZh", "nameEn", "unit", "frequency", "frequencyNote", "measureType", "decimals", "articleRef", "categoryCodes", "emerging", "definition", "definitionEn", "methodNotes", "methodNotesEn", "sourceNote", "sourceNoteEn", "internalNotes", "departmentCode", "regionCodes", "dueDays", "higherIsBetter", "minValue", "maxValue", "retired"].map((k) => [k, ""]),
) as RawIndicator;

/** A retirement date (as exported) or yes means retired; empty or no means in use. */
function retiredText(s: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(s.trim()) ? "true" : s;
}

function readHeader(header: string[]): { index: Map<Column, number>; errors: ImportError[] } {
  const index = new Map<Column, number>();
  const errors: ImportError[] = [];
  header.forEach((h, i) => {
    const name = h.replace(/^\uFEFF/, "").trim().toLowerCase() as Column;
    if (!name) return;
    if (!ALL_COLUMNS.includes(name)) {
      errors.push({ line: 1, column: h, zh: `未知的列“${h}”。可用的列：${ALL_COLUMNS.join(", ")}`, en: `Unknown column "${h}". Columns: ${ALL_COLUMNS.join(", ")}` });
    } else if (index.has(name)) {
      errors.push({ line: 1, column: h, zh: `列“${h}”重复出现。`, en: `Column "${h}" appears twice.` });
    } else index.set(name, i);
  });
  if (!index.has("code")) errors.unshift({ line: 1, column: "code", zh: "缺少 code（指标代码）列，第一行须为列名。", en: "The code column is missing; the first line must hold the column names." });
  return { index, errors };
}

export function parseCatalogueTable(table: Pick<Table, "header" | "rows">, current: ReadonlyMap<string, IndicatorFields>, refs: CatalogueRefs): ParsedImport {
  const { index, errors } = readHeader(table.header);
  const columns = new Set<FieldKey>([...index.keys()].filter((c) => c !== "code").map((c) => COLUMN_FIELD[c as Exclude<Column, "code">]));
  if (columns.has("frequency")) columns.add("frequencyNote");
  if (errors.length) return { rows: [], columns, errors };

  const cell = (cells: string[], c: Column) => (index.has(c) ? (cells[index.get(c)!] ?? "").trim() : undefined);
  // a part's frequency follows its total's (FREQUENCY_FOLLOWS): from this file, else the catalogue
  const fileFrequency = new Map<string, Frequency>();
  for (const r of table.rows) {
    const code = (cell(r.cells, "code") ?? "").toUpperCase();
    const f = readFrequency(cell(r.cells, "frequency") ?? "", code, () => undefined);
    if (f) fileFrequency.set(code, f.frequency);
  }
  const totalFrequency = (code: string) => fileFrequency.get(code) ?? current.get(code)?.frequency;

  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const fail = (column: string | null, m: { zh: string; en: string }) => errors.push({ line, column, ...m });
    const code = ZCode.safeParse(cell(cells, "code") ?? "");
    if (!code.success) {
      fail("code", split(code.error.issues[0].message));
      continue;
    }
    if (seen.has(code.data)) {
      fail("code", { zh: `指标代码 ${code.data} 与第 ${seen.get(code.data)} 行重复。`, en: `Code ${code.data} repeats line ${seen.get(code.data)}.` });
      continue;
    }
    seen.set(code.data, line);
    const existing = current.get(code.data);
    const raw: RawIndicator = existing ? toRaw(existing) : { ...EMPTY, code: code.data };
    for (const [c, field] of Object.entries(COLUMN_FIELD) as [Exclude<Column, "code">, FieldKey][]) {
      const v = cell(cells, c);
      if (v === undefined || c === "frequency" || c === "measure_type") continue;
      if (c === "decimals" && v === "") continue; // empty = keep, or the default for new rows
      raw[field] = c === "retired" ? retiredText(v) : v;
    }
    const freqText = cell(cells, "frequency");
    if (freqText !== undefined) {
      const f = readFrequency(freqText, code.data, totalFrequency);
      if (!f) fail("frequency", { zh: `频率“${freqText}”无法识别：须含“月”“季”或“年”，或写 MONTH/QUARTER/YEAR。`, en: `Frequency "${freqText}" not understood: use 月/季/年 or MONTH/QUARTER/YEAR.` });
      else {
        raw.frequency = f.frequency;
        if (f.note !== undefined) raw.frequencyNote = f.note;
      }
    }
    const mtText = cell(cells, "measure_type");
    if (mtText !== undefined) {
      const mt = readMeasureType(mtText, raw.nameZh, raw.unit);
      if (!mt) fail("measure_type", { zh: `指标类型“${mtText}”无法识别：须为累计、当期、期末、比率或增速。`, en: `Measure type "${mtText}" not understood: use 累计, 当期, 期末, 比率 or 增速.` });
      else raw.measureType = mt;
    }
    if (!existing) fillDefaults(raw, index);
    const parsed = ZIndicatorFields.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) fail(FIELD_COLUMN[i.path[0] as FieldKey] ?? null, split(i.message));
      continue;
    }
    const problems = checkReferences(parsed.data, refs);
    for (const p of problems) fail(FIELD_COLUMN[p.field] ?? null, p);
    if (!problems.length) rows.push({ line, fields: parsed.data, isNew: !existing });
  }
  return { rows, columns, errors };
}

/** New indicators: what the starter catalogue's rules give for the columns the file lacks. */
function fillDefaults(raw: RawIndicator, index: Map<Column, number>): void {
  const mt = raw.measureType as Parameters<typeof boundsRule>[0];
  const valid = ["CUMULATIVE", "PERIOD", "STOCK", "RATE", "GROWTH"].includes(mt) && ["MONTH", "QUARTER", "YEAR"].includes(raw.frequency);
  if (raw.decimals === "") raw.decimals = String(decimalsRule(raw.unit, raw.nameZh));
  if (!valid) return;
  if (!index.has("min_value") && !index.has("max_value")) {
    const b = boundsRule(mt, raw.unit);
    raw.minValue = b.min ?? "";
    raw.maxValue = b.max ?? "";
  }
  if (!index.has("due_days")) raw.dueDays = String(dueDaysRule(raw.frequency as Frequency));
  if (!index.has("higher_is_better")) raw.higherIsBetter = "true";
}
