import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { Pager } from "@/app/_components/public/pager";
import { previewPage, previewRows, type PreviewKind, type PreviewRow } from "@/lib/batches/preview";
import { pool } from "@/lib/db";
import { Link } from "@/lib/i18n/server-link";
import { pageSlice, requestedPage } from "@/lib/public/paging";
import { Named, periodName } from "./named";

const KINDS: PreviewKind[] = ["changed", "new", "unchanged"];
/**
 * Rows a page (?page=N): every value of a batch is one link away, however long it is; a page of
 * 200 rendered was a third of the review page's time for a batch of 1,400 at 100× the data.
 */
const PAGE = 100;

/** The section's list and page as asked for: ?kind= one of KINDS (else all), ?page= a whole number from 1. */
const listOf = (kind?: string) => KINDS.find((k) => k === kind);

// Read once per request: a page starts the reads with its own (preloadBatchPreview) instead of
// after them, when React renders this section (the review page's checks take longest at 100×).
// The counts and the asked page come in one reply; a page past the list's end (a stale link)
// shows the first, read again.
const readPreview = cache(async (batchId: number, filter: PreviewKind | undefined, asked: number) => {
  const { counts, revisions, rows } = await previewPage(pool(), batchId, { kind: filter, limit: PAGE, offset: (asked - 1) * PAGE });
  const total = filter ? counts[filter] : counts.new + counts.changed + counts.unchanged;
  const slice = pageSlice(total, asked, PAGE);
  return { counts, revisions, slice, rows: slice.page === asked ? rows : await previewRows(pool(), batchId, { kind: filter, limit: PAGE }) };
});

/** How many of the batch's values change an approved one, released or not (approveBatch asks a reason for them): from the section's own read. */
export async function batchRevisions(batchId: number, kind?: string, page?: string): Promise<number> {
  return (await readPreview(batchId, listOf(kind), requestedPage(page))).revisions;
}

/** Starts the section's reads now; a failure surfaces where BatchPreview awaits them. */
export function preloadBatchPreview(batchId: number, kind?: string, page?: string): void {
  readPreview(batchId, listOf(kind), requestedPage(page)).catch(() => {});
}

/**
 * The batch's first changed value (the compare chart opens on it). The section's own first row
 * where its rows start with the changed ones (the first page of all of them, or of the changed
 * only): one read of the batch against what is public, not two.
 */
export async function firstChangedRow(batchId: number, kind?: string, page?: string): Promise<PreviewRow | undefined> {
  const filter = listOf(kind);
  if ((filter === undefined || filter === "changed") && requestedPage(page) === 1) {
    const { rows } = await readPreview(batchId, filter, 1);
    return rows[0]?.kind === "changed" ? rows[0] : undefined;
  }
  return (await previewRows(pool(), batchId, { kind: "changed", limit: 1 }))[0];
}

/** The batch classified against what is public: counts, and the rows (changed first). */
export async function BatchPreview({ batchId, kind, page, basePath, keep = {} }: { batchId: number; kind?: string; page?: string; basePath: string; keep?: Record<string, string | undefined> }) {
  const t = await getTranslations("uploads");
  const en = (await getLocale()) === "en";
  const filter = listOf(kind);
  const { counts, slice, rows } = await readPreview(batchId, filter, requestedPage(page));
  const label: Record<PreviewKind, string> = {
    new: t("previewNew", { n: counts.new }),
    changed: t("previewChanged", { n: counts.changed }),
    unchanged: t("previewUnchanged", { n: counts.unchanged }),
  };
  // each header once, not once per cell: a page of 200 rows asked the translator 1,600 times
  const head = { kind: t("kind"), indicator: t("indicator"), region: t("region"), period: t("period"), oldValue: t("oldValue"), value: t("value"), diff: t("diff") };
  const kindName: Record<PreviewKind, string> = { new: t("kind_new"), changed: t("kind_changed"), unchanged: t("kind_unchanged") };
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
              <th scope="col">{head.kind}</th>
              <th scope="col">{head.indicator}</th>
              <th scope="col">{head.region}</th>
              <th scope="col">{head.period}</th>
              <th scope="col" className="num">{head.oldValue}</th>
              <th scope="col" className="num">{head.value}</th>
              <th scope="col" className="num">{head.diff}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.indicatorId}|${r.regionCode}|${r.period}`} data-kind={r.kind} data-key={`${r.indicatorCode}|${r.regionCode}|${r.period}`}>
                <td className="nowrap" data-label={head.kind}>{kindName[r.kind]}</td>
                <td data-label={head.indicator}>
                  <Named name={en ? r.indicatorNameEn : r.indicatorNameZh} code={r.indicatorCode} />
                </td>
                <td data-label={head.region}>
                  <Named name={en ? r.regionNameEn : r.regionNameZh} code={r.regionCode} />
                </td>
                <td className="nowrap" data-label={head.period}>{periodName(r.period, en ? "en" : "zh")}</td>
                <td className="num" data-label={head.oldValue}>{r.oldValue ?? (r.oldFlag ? `(${r.oldFlag})` : "—")}</td>
                <td className="num" data-label={head.value}>{r.value ?? (r.flag ? `(${r.flag})` : "—")}</td>
                <td className="num" data-label={head.diff}>{r.kind === "changed" ? (r.diff ?? "—") : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* the rest of the page's search (the chart's indicator and area, the list) stays in each link */}
      <Pager pathname={basePath} paging={slice} label={t("previewPages")} keep={{ ...keep, kind: filter }} />
    </section>
  );
}
