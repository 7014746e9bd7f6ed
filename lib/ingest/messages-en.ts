// English messages (UI in English). Same keys as messages-zh.ts, enforced by the type.
import type { MsgParams, ZH } from "./messages-zh";

type Fn = (p: MsgParams) => string;
const q = (s: unknown) => (s === undefined || s === null || s === "" ? "(empty)" : `"${String(s)}"`);
const FREQ: Record<string, string> = { MONTH: "monthly", QUARTER: "quarterly", YEAR: "yearly" };
const KIND: Record<string, string> = {
  png: "a PNG image", jpeg: "a JPEG image", gif: "a GIF image", pdf: "a PDF file", zip: "a ZIP archive",
  xlsx: "an Excel workbook (.xlsx)", xls: "an old Excel workbook (.xls)", ods: "an OpenDocument spreadsheet (.ods)", binary: "a binary file",
};
const WHY: Record<string, string> = {
  zip: "the zip structure is damaged or the file is cut short",
  cfb: "the OLE2 container is damaged or the file is cut short",
  xml: "the XML is cut short or malformed",
  dtd: "it holds a DTD or entity declaration (no spreadsheet program writes one; refused for safety)",
  depth: "the XML is nested more than 100 levels deep",
  text: "one text is longer than 32,767 characters (the cell limit)",
  missing: "a required part is missing",
  cell: "a cell or row lies outside the sheet (at most 1,048,576 rows and 16,384 columns)",
  biff: "a record is damaged",
  format: "its content is not in that format",
  notSheet: "it is an OpenDocument file but not a spreadsheet",
};
const why = (p: MsgParams) => (p.reason ? ` (${p.part ? `${p.part}: ` : ""}${WHY[String(p.reason)] ?? ""})` : "");

export const EN: Record<keyof typeof ZH, Fn> = {
  TOO_LARGE: (p) => `The file is larger than the ${p.limit} limit; reading stopped. Split it into smaller files.`,
  NOT_TEXT: (p) =>
    `The file is not a text CSV (it looks like ${KIND[String(p.kind)] ?? KIND.binary}). ` +
    (p.kind === "xlsx" || p.kind === "xls" || p.kind === "ods"
      ? "Upload the workbook with its own extension (.xlsx, .xls, .et, .ods), or save it as \"CSV UTF-8 (comma delimited)\"."
      : "Save it as \"CSV UTF-8 (comma delimited)\" in Excel/WPS, or upload the workbook (.xlsx, .xls, .et, .ods)."),
  EMPTY_FILE: () => "The file is empty. Expected a header row and at least one data row.",
  HEADER_ONLY: () => "The file has a header but no data rows.",
  MISSING_COLUMN: (p) =>
    p.noHeader
      ? `No header row found in the first ${p.scanned} lines (first line: ${p.found}). A long table needs indicator, region, period and value columns; a wide table needs an indicator or region column and periods (e.g. 2025Q1) as the other column names.`
      : `Required column missing: ${p.missing}. The header is: ${p.found}.`,
  TOO_MANY_COLUMNS: (p) => `Line ${p.line} has ${p.found} columns, more than the ${p.limit} limit; reading stopped.`,
  TOO_MANY_ROWS: (p) => `More than ${p.limit} data values; reading stopped. Split the file.`,
  CELL_TOO_LONG: (p) => `The cell is ${p.found} characters long, more than the ${p.limit} limit.`,
  UNCLOSED_QUOTE: () => "A double quote opened on this line is never closed, so the rest of the file reads as one cell. Check for a stray quote.",
  ENCODING_SUSPECT: (p) =>
    `The file's encoding looks wrong: decoded as ${p.encoding}, ${p.reason === "replacement" ? `${p.count} characters could not be decoded` : p.reason === "mixed" ? "this line holds bytes that are not valid in it (the file mixes encodings)" : `names do not match the indicator catalogue or the regions (e.g. ${q(p.sample)})`}. Save it as "CSV UTF-8 (comma delimited)" in Excel/WPS and upload again.`,
  INVALID_XLSX: (p) => `The file is not a valid .xlsx workbook and cannot be opened${why(p)}. Save it again as .xlsx or CSV in Excel/WPS.`,
  INVALID_XLS: (p) => `The file is not a valid Excel 97-2003 workbook (.xls / WPS .et) and cannot be opened${why(p)}. Save it as .xlsx or CSV in Excel/WPS.`,
  INVALID_ODS: (p) => `The file is not a valid OpenDocument spreadsheet (.ods) and cannot be opened${why(p)}. Save it again as .ods, .xlsx or CSV in LibreOffice/WPS.`,
  WORKBOOK_TOO_LARGE: (p) =>
    `The workbook is too large once decompressed: ${p.part} ${p.cells ? `expands to more than ${p.cells} cells` : `inflates to more than ${p.limit}`}. Reading stopped and nothing was loaded. This is usually a crafted file (a zip bomb); split a genuinely large table, or save it as CSV.`,
  SHARED_STRINGS_TOO_LARGE: (p) =>
    `The workbook is too large once decompressed: its shared-string table holds more than ${p.limit} ${p.what === "count" ? "strings" : "characters"}. Reading stopped and nothing was loaded. Split a genuinely large table, or save it as CSV.`,
  WORKBOOK_ENCRYPTED: () => "The workbook is encrypted (it has an open password) and cannot be read. Remove the password in Excel/WPS, save, and upload again.",
  XLS_TOO_OLD: () => "This is an Excel 5.0/95 (or older) workbook, which cannot be read. Save it as .xlsx in Excel/WPS and upload that.",
  SHEET_NOT_FOUND: (p) => `The workbook has no sheet named ${q(p.found)}. Sheets: ${p.expected}.`,
  UNKNOWN_INDICATOR: (p) => `Unknown indicator ${q(p.found)}: expected a catalogue code (e.g. DE001) or the exact Chinese indicator name.`,
  RETIRED_INDICATOR: (p) => `Indicator ${p.code} ${p.name} is retired and no longer accepts uploads. Remove these rows or ask an administrator.`,
  UNKNOWN_REGION: (p) =>
    `Unknown region ${q(p.found)}: expected a 6-digit division code (e.g. 210102) or a district name (e.g. 和平区, 全市).` +
    (p.zone ? " Functional zones (development or high-tech zones) have no division code and overlap the districts." : ""),
  NAME_MISMATCH: (p) => `Name ${q(p.found)} does not match code ${p.code}, which is ${q(p.expected)}.`,
  UNIT_MISMATCH: (p) => `Unit ${q(p.found)} differs from the unit of ${p.code}, ${q(p.expected)}. Convert the values first.`,
  INVALID_PERIOD: (p) => `Period ${q(p.found)} is not recognised or does not exist: expected e.g. 2025Q1, 2025年第一季度, 2025M03, 2025年3月, 2025年1-9月 or 2025.`,
  FREQUENCY_MISMATCH: (p) =>
    `Period ${q(p.found)} does not fit ${p.code}, which is ${FREQ[String(p.frequency)]}` +
    (p.hint === "span" ? ": the span neither starts in January (year to date) nor is one whole period." : p.hint === "year" ? ". If this is the year-to-date or end-of-year value, write 2025年全年 or 2025Q4/2025M12." : p.hint === "period" ? `: an in-period indicator takes one whole ${FREQ[String(p.frequency)]} period only.` : `; expected e.g. ${p.expected}.`),
  NOT_A_NUMBER: (p) =>
    `Value ${q(p.found)} is not a number: expected e.g. 1234.5, or a marker such as — (no data) or x (confidential).` +
    (p.hint === "exponent" ? " It is in scientific notation and may have lost digits on export; format the cells as numbers and export again." : p.hint === "comma" ? " Thousands separators must group three digits." : ""),
  PERCENT_NOT_ALLOWED: (p) => `Value ${q(p.found)} has a percent sign, but ${p.code} is measured in ${q(p.unit)}; only % indicators accept %.`,
  INVALID_UNITS: (p) => `Reporting units ${JSON.stringify(String(p.found ?? ""))} must be a whole number ≥ 0 (this column is never public; the disclosure rules read it).`,
  INVALID_CONTRIBUTION: (p) =>
    `A unit's contribution ${JSON.stringify(String(p.found ?? ""))} must be a number ≥ 0 and not above ${p.limit === null || p.limit === undefined ? "the value" : `${p.limit} (the value, or the largest unit's)`} (never public; for the disclosure rules).`,
  NEGATIVE_NOT_ALLOWED: (p) => `Value ${p.found} is negative: ${p.code} (${p.unit}) is an amount or a count and cannot be negative.`,
  OUT_OF_RANGE: (p) => (p.digits ? `Value ${q(p.found)} has too many digits: at most ${p.digits} before the decimal point.` : `Value ${p.found} is outside the allowed range of ${p.code}, ${p.range}.`),
  DUPLICATE_KEY: (p) => `The same indicator, region and period (${p.key}) appears more than once: lines ${p.lines}. Each may appear only once.`,
  EMPTY_VALUE: (p) => (p.flag ? `Flag ${q(p.flag)} but no value: preliminary and estimated figures need a value.` : "Empty value without a flag: enter a value, or mark it — (no data) or x (confidential)."),
  COLUMN_COUNT: (p) =>
    `This line has ${p.found} columns; the header has ${p.expected}.` +
    (Number(p.found) > Number(p.expected) ? ' Extra columns often come from an unquoted thousands separator (write "1,234.5" in quotes) or a comma in a cell.' : " Fill in the missing columns."),
  INVALID_FLAG: (p) => (p.conflict ? `Flag ${q(p.found)} contradicts the marker ${q(p.other)} in the value.` : `Flag ${q(p.found)} is not recognised: expected 初步 (preliminary), 估计 (estimated), x (confidential), — (missing) or empty.` + (p.digits ? ' It looks like part of a number: a thousands separator must be quoted ("1,234.5").' : "")),
  REGION_DEFAULTED: (p) => `The table has no region column: all values are loaded for ${p.name} (${p.code}).`,
  REGION_RENAMED: (p) => `Region ${q(p.found)} is a former name; loaded as ${p.name} (${p.code}).`,
  UNKNOWN_COLUMN: (p) => `Column ${q(p.found)} is not recognised and was ignored.`,
  UNNAMED_COLUMN: (p) => `Column ${p.column} has no name but holds data; it was ignored.`,
  VALUE_ROUNDED: (p) => `${p.count} values had more than ${p.digits} decimals and were rounded to ${p.digits} (first on line ${p.line}).`,
  GROWTH_COLUMN_IGNORED: (p) => `The growth column of ${p.code} has no growth indicator in the catalogue; it was ignored.`,
  FILLED_DOWN: (p) => `Lines ${p.lines} (${p.count} in all): the empty ${p.columns} cell was filled down from the line above, as a merged cell. Check that these lines belong to the indicator or region above.`,
  EMPTY_CELLS_SKIPPED: (p) => `${p.count} empty cells of the wide table were taken as not reported and skipped.`,
  ERRORS_TRUNCATED: (p) => `${p.count} errors in all; only the first ${p.kept} are listed.`,
  QUALITY_SKIPPED: (p) => `More than ${p.limit} values: quality checks (district totals, growth) were not run.`,
  DISTRICT_SUM_MISMATCH: (p) => `${p.label}: districts sum to ${p.sum}, the city total is ${p.total}; ${p.diff}% apart, beyond the ${p.tolerance}% tolerance.`,
  PARTS_SUM_MISMATCH: (p) => `${p.label}: ${p.parts} sum to ${p.sum}, ${p.totalCode} is ${p.total}; ${p.diff}% apart, beyond the ${p.tolerance}% tolerance.`,
  YTD_DECREASE: (p) => `${p.label}: year-to-date value ${p.value} is below the previous one (${p.prevPeriod}) of ${p.prev}; a cumulative figure should not fall.`,
  QOQ_JUMP: (p) => `${p.label}: ${p.basis}went from ${p.prev} (${p.prevPeriod}) to ${p.value}, a ${p.change}% change, beyond the ${p.threshold}% threshold; please confirm.`,
  VALUE_OUTLIER: (p) => `${p.label}: reported ${p.value}; the median of this series' last ${p.n} published values is ${p.median}${p.scaled ? " (year-to-date values scaled by months covered)" : ""}, about ${p.times} times apart. Check the unit, the decimal point or the digits.`,
  VALUE_OUTLIER_INDICATOR: (p) => `${p.label}: reported ${p.value}; the median of this indicator's other areas and periods is ${p.median} (${p.n} values${p.scaled ? ", year-to-date values scaled by months covered" : ""}), about ${p.times} times apart. Check the unit, the decimal point or the digits.`,
  VALUE_OUTLIER_MORE: (p) => `${p.count} more values are over ${p.factor} times apart from their series' published values; not listed one by one.`,
  RULE_RANGE: (p) => `${p.label}: allowed ${p.expected}, reported ${p.value}.`,
  RULE_YOY_BAND: (p) => `${p.label}: same period last year ${p.base}, allowed ${p.low}–${p.high} (±${p.pct}%), reported ${p.value}.`,
  GROWTH_MISMATCH: (p) => `${p.label}: the stated growth ${p.stated}% differs by ${p.diff} percentage points from ${p.computed}% computed from last year's published ${p.base} (tolerance ${p.tolerance}). Official growth is at comparable prices and is kept as given.`,
  SKIP_TITLE: () => "title line above the table",
  SKIP_PREAMBLE: () => "preamble line above the table (database, time, unit)",
  SKIP_NOTE: () => "note below the table (注, 数据来源, 说明)",
  SKIP_HEADING: () => "section heading (no values)",
};
