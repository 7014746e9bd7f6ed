import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format-date";
import type { MethodologyNote } from "@/lib/public/indicator-data";

/** Dated notes on definition or method changes, newest first. */
export async function MethodologyNotes({ notes }: { notes: MethodologyNote[] }) {
  const [t, locale] = await Promise.all([getTranslations("indicator"), getLocale()]);
  if (!notes.length) return <p>{t("noMethodology")}</p>;
  return (
    <ol className="pub-methodology" data-testid="methodology-notes" reversed>
      {notes.map((n, i) => (
        <li key={i}>
          <strong>{t("effectiveFrom", { date: formatDate(n.effectiveAt, locale) })}</strong>{" "}
          {locale === "en" && n.textEn ? n.textEn : <span lang="zh-CN">{n.textZh}</span>}
        </li>
      ))}
    </ol>
  );
}
