import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format-date";
import type { DerivedPoint } from "@/lib/public/derived-series";
import { displayValue } from "@/lib/public/display";

type Props = { point: DerivedPoint; ind: { decimals: number; unit: string } };

/** The marks a value carries: its flag (初步数/估计数/不公开), 计算值, and 修订 with the value it replaced. */
export async function PointNotes({ point, ind }: Props) {
  const [t, tf, locale] = await Promise.all([getTranslations("indicator"), getTranslations("flags"), getLocale()]);
  const notes: { key: string; text: string }[] = [];
  if (point.flag) notes.push({ key: "flag", text: tf(point.flag) });
  if (point.computed) notes.push({ key: "computed", text: t("computed") });
  if (point.growth?.computed && point.growth.value !== null) notes.push({ key: "growth", text: t("growthComputed") });
  if (point.revision) {
    // a replaced value that was withheld (不公开) stays a word, never a figure
    const value = point.revision.flag === "CONFIDENTIAL" ? tf("CONFIDENTIAL") : displayValue(point.revision.value, ind, locale);
    notes.push({ key: "revision", text: t("revised", { value, date: formatDate(point.revision.revisedAt, locale) }) });
  }
  if (!notes.length) return null;
  return (
    <ul className="pub-notes">
      {notes.map((n) => (
        <li key={n.key} data-note={n.key}>
          {n.text}
        </li>
      ))}
    </ul>
  );
}
