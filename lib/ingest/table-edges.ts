// Lines around the table that are not data: preamble above the header (NBS exports:
// "数据库：季度数据", "时间：最近10年", "指标：…"), notes below it (注：…, 数据来源：…, 说明：…).
import { parsePeriodText } from "./period-text";
import { cleanCell, halfWidth } from "./text-normalize";
import type { Preamble } from "./header";

const PREAMBLE = /^(数据库|时间|指标|地区|单位|计量单位|制表单位|填报单位|填表单位|报送单位|表号|制表机关|批准文号|文号|统计时间|报告期|时期)\s*[:：]\s*(.*)$/;
const NOTE = /^(?:[*※]\s*)?(?:注释?|备注|附注|说明|资料来源|数据来源|来源|notes?|sources?)\s*\d*\s*[:：]/i;
const NOTE_SHORT = /^注\s*\d*\s*[.、．]|^注$/;
// The usual note words need no colon: "说明 本表…", "注1 …", "数据来源、…", or the word alone
// in its cell with the text in the next ones. A name such as 注册企业数 goes on without a break.
const NOTE_WORD = /^(?:[*※]\s*)?(?:注|说明|数据来源|资料来源)(?:$|[\s\d、:：])/;
const NUMBERED = /^(?:\d{1,2}\s*[.、．)）]|[(（]\d{1,2}[)）])/;

export function nonEmptyCells(fields: string[]): number {
  let n = 0;
  for (const f of fields) if (f.length > 0 && cleanCell(f).length > 0) n++;
  return n;
}

export function firstNonEmpty(fields: string[]): string {
  for (const f of fields) {
    const c = cleanCell(f);
    if (c) return c;
  }
  return "";
}

/** A preamble line; fills `pre` with the indicator, region or period it names. */
export function readPreamble(fields: string[], pre: Preamble): boolean {
  if (nonEmptyCells(fields) > 2) return false;
  const text = fields.map(cleanCell).filter(Boolean).join("");
  const m = PREAMBLE.exec(halfWidth(text));
  if (!m) return false;
  const [, key, rest] = m;
  const value = rest.trim();
  if (value) {
    if (key === "指标") pre.indicator = value;
    else if (key === "地区") pre.region = value;
    else if (["时间", "统计时间", "报告期", "时期"].includes(key)) {
      const p = parsePeriodText(value);
      if (p && p.kind !== "invalid") pre.period = value;
    }
  }
  return true;
}

/** A note line below the table ("注：…", "数据来源：…"). */
export function isNote(fields: string[]): boolean {
  const first = firstNonEmpty(fields);
  return NOTE.test(first) || NOTE_SHORT.test(first) || NOTE_WORD.test(halfWidth(first));
}

/** In the notes block: numbered continuation lines and one-cell lines are notes too. */
export function isNoteContinuation(fields: string[]): boolean {
  return isNote(fields) || nonEmptyCells(fields) <= 1 || NUMBERED.test(firstNonEmpty(fields));
}
