import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { previewCounts, previewRows, type PreviewKind } from "@/lib/batches/preview";
import { pool } from "@/lib/db";
import { Link } from "@/lib/i18n/server-link";
import { Named, periodName } from "./named";

const KINDS: PreviewKind[] = ["changed", "new", "unchanged"];
const LIMIT = 200;

// Read once per request: a page starts the reads with its own (preloadBatchPreview) instead of
// after them, when React renders this section (the review page's checks take longest at 100×).
const readPreview = cache((batchId: number, filter: PreviewKind | undefined) =>
  Promise.all([previewCounts(pool(), batchId), previewRows(pool(), batchId, { kind: filter, limit: LIMIT })]),
);

/** Starts the section's reads now; a failure surfaces where BatchPreview awaits them. */
export function preloadBatchPreview(batchId: number, kind?: string): void {
  readPreview(batchId, KINDS.find((k) => k === kind)).catch(() => {});
}

/** The batch classified against what is public: counts, and the rows (changed first). */
export async function BatchPreview({ batchId, kind, basePath }: { batchId: number; kind?: string; basePath: string }) {
  const t = await getTranslations("uploads");
  const en = (await getLocale()) === "en";
  const filter = KINDS.find((k) => k === kind);
  const [counts, rows] = await readPreview(batchId, filter);
  const label: Record<PreviewKind, string> = {
    new: t("previewNew", { n: counts.new }),
    changed: t("previewChanged", { n: counts.changed }),
    unchanged: t("previewUnchanged", { n: counts.unchanged }),
  };
  return (
    <section aria-labelledby="preview-h">
      <h2 id="preview-h">{t("preview")}</h2>
      <p className="inline-group" data-testid="preview-counts" data-new={counts.new} data-changed={counts.changed} data-unchanged={counts.unchanged}>
        <Link href={basePath}>{t("all")}</Link>
        {KINDS.map((k) => (
          <Link key={k} href={{ pathname: basePath, query: { kind: k } }} aria-current={filter === k ? "true" : undefined}>
            {label[k]}
          </Link>
        ))}
      </p>
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table stack-table" data-testid="preview-table">
          <thead>
            <tr>
              <th scope="col">{t("kind")}</th>
              <th scope="col">{t("indicator")}</th>
              <th scope="col">{t("region")}</th>
              <th scope="col">{t("period")}</th>
              <th scope="col" className="num">{t("oldValue")}</th>
              <th scope="col" className="num">{t("value")}</th>
              <th scope="col" className="num">{t("diff")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.indicatorId}|${r.regionCode}|${r.period}`} data-kind={r.kind} data-key={`${r.indicatorCode}|${r.regionCode}|${r.period}`}>
                <td className="nowrap" data-label={t("kind")}>{t(`kind_${r.kind}`)}</td>
                <td data-label={t("indicator")}>
                  <Named name={en ? r.indicatorNameEn : r.indicatorNameZh} code={r.indicatorCode} />
                </td>
                <td data-label={t("region")}>
                  <Named name={en ? r.regionNameEn : r.regionNameZh} code={r.regionCode} />
                </td>
                <td className="nowrap" data-label={t("period")}>{periodName(r.period, en ? "en" : "zh")}</td>
                <td className="num" data-label={t("oldValue")}>{r.oldValue ?? (r.oldFlag ? `(${r.oldFlag})` : "—")}</td>
                <td className="num" data-label={t("value")}>{r.value ?? (r.flag ? `(${r.flag})` : "—")}</td>
                <td className="num" data-label={t("diff")}>{r.kind === "changed" ? (r.diff ?? "—") : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === LIMIT ? <p className="note">{t("moreRows", { n: LIMIT })}</p> : null}
    </section>
  );
}
