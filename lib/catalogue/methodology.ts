// The text of a dated methodology note (口径说明). A definition or method change made after an
// indicator's data was released is shown to the public as such a note, saying what changed
// and from when; values released earlier keep the meaning they were released with. Pure.
import type { FieldChange } from "./compare";
import { FIELD_LABELS, MEANING_FIELDS, fieldText } from "./fields";

export type NoteReason = { zh?: string | null; en?: string | null };

function dateZh(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** The changes that need a public note (definition, method notes). */
export function meaningChanges(changes: FieldChange[]): FieldChange[] {
  return changes.filter((c) => MEANING_FIELDS.includes(c.field));
}

/**
 * Chinese always; English only when the administrator gave an English explanation (an
 * English note made only of Chinese before/after texts would not help an English reader).
 * `effective` is the Beijing date (YYYY-MM-DD) from which the new wording applies.
 */
export function methodologyNoteText(changes: FieldChange[], effective: string, reason: NoteReason = {}): { textZh: string; textEn: string | null } | null {
  const meaning = meaningChanges(changes);
  if (!meaning.length) return null;
  const partsZh = meaning.map(
    (c) => `${FIELD_LABELS[c.field].zh}由“${fieldText(c.field, c.before, "zh")}”改为“${fieldText(c.field, c.after, "zh")}”`,
  );
  const why = reason.zh?.trim();
  const textZh =
    `自${dateZh(effective)}起，本指标口径调整：${partsZh.join("；")}。` +
    (why ? `调整说明：${why}。`.replace(/[。.]。$/, "。") : "") +
    "此前已发布的数据仍按原口径编制，不作追溯调整。";
  const whyEn = reason.en?.trim();
  if (!whyEn) return { textZh, textEn: null };
  const partsEn = meaning.map(
    (c) => `${FIELD_LABELS[c.field].en.toLowerCase()} changed from “${fieldText(c.field, c.before, "en")}” to “${fieldText(c.field, c.after, "en")}”`,
  );
  const textEn =
    `From ${effective}, the ${partsEn.join("; the ")}. ${whyEn}${/[.!?]$/.test(whyEn) ? "" : "."} ` +
    "Values released earlier keep their original basis and are not revised for this change.";
  return { textZh, textEn };
}
