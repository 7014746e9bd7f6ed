import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/require";
import { findFormOptions } from "@/lib/catalogue/form-options";
import { loadIndicator } from "@/lib/catalogue/load-catalogue";
import { findMethodologyNotes } from "@/lib/catalogue/methodology-notes";
import { hasReleasedData } from "@/lib/catalogue/released";
import { db, pool } from "@/lib/db";
import { formatDate } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";
import { IndicatorForm } from "../indicator-form";
import { NoteForm, RetireForm } from "./indicator-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditIndicatorPage({ params, searchParams }: Props) {
  const { locale, code: rawCode } = await params;
  setRequestLocale(locale);
  const code = decodeURIComponent(rawCode).toUpperCase();
  await requirePermission("catalogue:manage", `/admin/catalogue/${code}`);
  const t = await getTranslations("catalogue");
  const lang = locale === "en" ? "en" : "zh";
  const stored = await loadIndicator(db(), code);
  if (!stored) notFound();
  const [released, notes, options] = await Promise.all([hasReleasedData(db(), stored.id, new Date()), findMethodologyNotes(pool(), code), findFormOptions()]);
  const f = stored.fields;
  return (
    <>
      <p>
        <Link href="/admin/catalogue">← {t("title")}</Link>
      </p>
      <h1>
        {f.code} {lang === "zh" ? f.nameZh : f.nameEn}
      </h1>
      {(await searchParams).created ? (
        <p className="success" role="status">
          {t("created", { code: f.code })}
        </p>
      ) : null}
      <p data-testid="indicator-state">
        {f.retired && stored.retiredAt ? t("stateRetired", { date: formatDate(stored.retiredAt, locale) }) : released ? t("stateReleased") : t("stateNew")}
      </p>
      <IndicatorForm lang={lang} options={options} initial={f} updatedAt={stored.updatedAt.toISOString()} released={released} />

      <section aria-labelledby="retire-h">
        <h2 id="retire-h">{f.retired ? t("restoreTitle") : t("retireTitle")}</h2>
        <p className="note">{f.retired ? t("restoreIntro") : t("retireIntro")}</p>
        <RetireForm code={f.code} retired={f.retired} />
      </section>

      <section aria-labelledby="notes-h">
        <h2 id="notes-h">{t("notesTitle")}</h2>
        <p className="note">{t("notesIntro")}</p>
        {notes.length === 0 ? (
          <p>{t("noNotes")}</p>
        ) : (
          <ol data-testid="methodology-notes">
            {notes.map((n) => (
              <li key={n.id} data-note-id={n.id}>
                <time dateTime={n.effectiveAt.toISOString()}>{formatDate(n.effectiveAt, locale)}</time> {lang === "en" && n.textEn ? n.textEn : n.textZh}
              </li>
            ))}
          </ol>
        )}
        <NoteForm code={f.code} />
      </section>
    </>
  );
}
