"use client";
// The previewed diff: counts, then one row per indicator with its field changes.
import { useTranslations } from "next-intl";
import type { ImportState } from "@/lib/catalogue/import-actions";
import { encodingLabel } from "@/lib/ingest/encoding-label";

export function ImportDiff({ preview }: { preview: NonNullable<ImportState["preview"]> }) {
  const t = useTranslations("catalogue");
  const c = preview.counts;
  return (
    <section aria-labelledby="diff-h" data-testid="import-diff">
      <h2 id="diff-h">{t("diffTitle")}</h2>
      <p className="note">
        {t("diffFile", { file: preview.fileName, format: preview.format.toUpperCase(), encoding: encodingLabel(preview.encoding) })}
      </p>
      <dl className="facts" data-testid="diff-counts">
        <dt>{t("kind_added")}</dt>
        <dd data-kind="added">{c.added}</dd>
        <dt>{t("kind_changed")}</dt>
        <dd data-kind="changed">{c.changed}</dd>
        <dt>{t("kind_retired")}</dt>
        <dd data-kind="retired">{c.retired}</dd>
        <dt>{t("kind_restored")}</dt>
        <dd data-kind="restored">{c.restored}</dd>
        <dt>{t("unchanged")}</dt>
        <dd data-kind="unchanged">{preview.unchanged}</dd>
        <dt>{t("notInFile")}</dt>
        <dd data-kind="not-in-file">{preview.notInFile}</dd>
      </dl>
      {preview.items.length ? (
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("colLine")}</th>
                <th scope="col">{t("colCode")}</th>
                <th scope="col">{t("colKind")}</th>
                <th scope="col">{t("colField")}</th>
                <th scope="col">{t("colBefore")}</th>
                <th scope="col">{t("colAfter")}</th>
              </tr>
            </thead>
            <tbody>
              {preview.items.flatMap((i) => {
                const rows = i.changes.length ? i.changes : [null];
                return rows.map((ch, k) => (
                  <tr key={`${i.code}-${k}`} data-code={i.code} data-kind={i.kind} data-field={ch?.field ?? ""}>
                    <td>{k === 0 ? i.line : ""}</td>
                    <th scope="row">{k === 0 ? `${i.code} ${i.name}` : ""}</th>
                    <td>
                      {k === 0 ? t(`kind_${i.kind}`) : ""}
                      {k === 0 && i.methodologyNote ? <div className="note">{t("willAddNote")}</div> : null}
                    </td>
                    <td>{ch?.label ?? "—"}</td>
                    <td data-role="before">{ch?.before ?? ""}</td>
                    <td data-role="after">{ch?.after ?? ""}</td>
                  </tr>
                ));
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
