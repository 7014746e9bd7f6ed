// A chart's data as a table (lib/dashboard/chart-tables.ts): the same rows the XLSX export holds.
import { getLocale, getTranslations } from "next-intl/server";
import type { ChartTable, TableCell } from "@/lib/dashboard/chart-tables";
import { fmtFixed } from "@/lib/dashboard/format";

function cellText(c: TableCell, locale: string): string {
  if (c === null) return "—";
  return typeof c === "string" ? c : fmtFixed(c.value, c.decimals, locale);
}

export async function DataTable({ table }: { table: ChartTable }) {
  const locale = await getLocale();
  const t = await getTranslations("dashboard");
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table" data-testid={`table-${table.id}`}>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.header} scope="col" className={c.numeric ? "num" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.key} data-key={r.key} data-unreleased={r.unreleased ? "true" : undefined}>
              {r.cells.map((c, i) => (
                <td key={i} className={table.columns[i].numeric ? "num" : undefined} data-value={c !== null && typeof c === "object" ? (c.value ?? "") : undefined}>
                  {cellText(c, locale)}
                  {i === 0 && r.unreleased ? <span className="dash-unreleased"> {t("unreleased")}</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
