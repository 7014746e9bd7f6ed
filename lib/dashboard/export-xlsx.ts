import "server-only";
// A dashboard chart's data as XLSX: the same table that stands beside the chart, numbers as
// numbers with the indicator's decimals, and a metadata sheet (period, region, 未发布 note).
import { toXlsx, type XlsxColumn } from "@/lib/export/xlsx";
import type { Dashboard } from "./assemble";
import type { ChartTable, TableCell, TableRow, Tr } from "./chart-tables";
import { nameOf, periodText } from "./format";

const isNum = (c: TableCell): c is { value: string | null; decimals: number } => c !== null && typeof c === "object";

export async function chartXlsx(d: Dashboard, table: ChartTable, t: Tr, locale: string): Promise<Buffer> {
  const columns: XlsxColumn<TableRow>[] = [
    ...table.columns.map((c, i): XlsxColumn<TableRow> => ({
      header: c.header,
      numeric: c.numeric,
      value: (r) => {
        const cell = r.cells[i];
        return isNum(cell) ? cell.value : cell;
      },
      decimals: c.numeric ? (r) => (isNum(r.cells[i]) ? (r.cells[i] as { decimals: number }).decimals : 0) : undefined,
    })),
    { header: t("releaseState"), value: (r) => (r.unreleased ? t("unreleased") : null) },
  ];
  return toXlsx(
    { name: table.id, columns, rows: table.rows },
    {
      name: t("metaSheet"),
      header: [t("metaKey"), t("metaValue")],
      rows: [
        [t("title"), table.title],
        [t("period"), periodText(d.period, locale, "CUMULATIVE")],
        [t("region"), nameOf(d.region, locale)],
        [t("methodKey"), t("methodNote")],
        ...(d.unreleased.batchIds.length ? ([[t("unreleased"), t("unreleasedNote")]] as [string, string][]) : []),
        ...(d.isDemo ? ([[t("demoKey"), t("demoNote")]] as [string, string][]) : []),
      ],
    },
  );
}
