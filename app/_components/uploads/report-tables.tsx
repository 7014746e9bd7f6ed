// The validation report as tables: errors (line, column, message with its code), warnings and
// skipped lines. Used by the upload form (client) and the batch page (server).
import { useTranslations } from "next-intl";

type Issue = { line?: number; column?: string | null; code: string; message: string; cell?: string };
export type ReportLike = { errors: Issue[]; warnings: Issue[]; skipped: { line: number; reason: string }[] };

const MAX_SHOWN = 500;

function IssueTable({ caption, items, withColumn, testId }: { caption: string; items: Issue[]; withColumn: boolean; testId: string }) {
  const t = useTranslations("uploads");
  if (!items.length) return null;
  // workbooks name the cell as the spreadsheet shows it (数据!D7)
  const withCell = items.some((e) => e.cell);
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table" data-testid={testId}>
        <caption>
          {caption} ({items.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("line")}</th>
            {withColumn ? <th scope="col">{t("column")}</th> : null}
            {withCell ? <th scope="col">{t("cell")}</th> : null}
            <th scope="col">{t("message")}</th>
          </tr>
        </thead>
        <tbody>
          {items.slice(0, MAX_SHOWN).map((e, i) => (
            <tr key={i} data-line={e.line ?? ""} data-code={e.code}>
              <td className="num">{e.line || "—"}</td>
              {withColumn ? <td>{e.column ?? "—"}</td> : null}
              {withCell ? <td data-testid="error-cell">{e.cell ?? "—"}</td> : null}
              <td>
                {e.message}
                {/* the stable code, for the error report and for asking support */}
                <small className="code issue-code">{e.code}</small>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length > MAX_SHOWN ? <p className="note">{t("moreRows", { n: MAX_SHOWN })}</p> : null}
    </div>
  );
}

export function ReportTables({ report }: { report: ReportLike }) {
  const t = useTranslations("uploads");
  return (
    <>
      <IssueTable caption={t("errors")} items={report.errors} withColumn testId="report-errors" />
      <IssueTable caption={t("warnings")} items={report.warnings} withColumn={false} testId="report-warnings" />
      {report.skipped.length ? (
        <details>
          <summary>
            {t("skipped")} ({report.skipped.length})
          </summary>
          <ul data-testid="report-skipped">
            {report.skipped.map((s) => (
              <li key={s.line}>
                {t("line")} {s.line}: {s.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
