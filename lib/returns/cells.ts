// The online return's cells and their check. Pure: the grid (in the browser, as it is typed)
// and the submission (on the server) run the same code, and that code is the upload's own
// value parser and row validator (lib/ingest), so a value means the same whichever way it came.
import { Catalogue } from "@/lib/ingest/catalogue";
import { DEFAULT_LIMITS } from "@/lib/ingest/limits";
import { ReportBuilder } from "@/lib/ingest/report";
import { RowValidator } from "@/lib/ingest/row-validate";
import type { Flag, IngestContext, IngestIndicator, IngestRegion, Locale, StagedRow } from "@/lib/ingest/types";

export const FLAGS: Flag[] = ["PRELIMINARY", "ESTIMATED", "MISSING", "CONFIDENTIAL"];

/** One box as typed: value text, flag (or none), note. */
export type Cell = { v: string; f: Flag | ""; n: string };
/** indicator id → region code → cell. */
export type CellMap = Record<string, Record<string, Cell>>;

export const MAX_VALUE_CHARS = 64;
export const MAX_NOTE_CHARS = 500;

/** A box left empty, without flag or note, is not part of what is sent. */
export const isBlank = (c: Cell | undefined) => !c || (c.v.trim() === "" && !c.f && c.n.trim() === "");

export type CellCheck = { ok: true; row: StagedRow } | { ok: false; message: string };

/** Checks one box as an upload checks one value: the same parser, flags, sign and bounds, messages. */
export function checkCell(ctx: IngestContext, ind: IngestIndicator, region: IngestRegion, period: string, cell: Cell, line = 1): CellCheck {
  const rb = new ReportBuilder(ctx.locale, DEFAULT_LIMITS);
  const validator = new RowValidator(catalogueFor(ctx), rb);
  const row = validator.check({
    line,
    indicator: ind,
    region,
    regionIndex: Math.max(0, ctx.regions.findIndex((r) => r.code === region.code)),
    period,
    periodColumn: "period",
    value: cell.v,
    valueColumn: "value",
    flag: cell.f || undefined,
    flagColumn: "flag",
    note: cell.n.trim() || null,
  });
  if (row) return { ok: true, row };
  return { ok: false, message: rb.errors[0]?.message ?? "?" };
}

const catalogues = new WeakMap<IngestContext, Catalogue>();
function catalogueFor(ctx: IngestContext): Catalogue {
  let c = catalogues.get(ctx);
  if (!c) catalogues.set(ctx, (c = new Catalogue(ctx)));
  return c;
}

/** Every non-blank box checked, in grid order: the rows to stage, or the errors by box. */
export function checkAll(ctx: IngestContext, period: string, cells: CellMap): { rows: StagedRow[]; errors: { indicatorId: number; regionCode: string; message: string }[] } {
  const rows: StagedRow[] = [];
  const errors: { indicatorId: number; regionCode: string; message: string }[] = [];
  for (const ind of ctx.indicators) {
    const byRegion = cells[String(ind.id)] ?? {};
    for (const region of ctx.regions) {
      const cell = byRegion[region.code];
      if (isBlank(cell)) continue;
      const r = checkCell(ctx, ind, region, period, cell!, rows.length + errors.length + 1);
      if (r.ok) rows.push(r.row);
      else errors.push({ indicatorId: ind.id, regionCode: region.code, message: r.message });
    }
  }
  return { rows, errors };
}

/**
 * A block copied from a spreadsheet: lines of tab-separated cells. Excel quotes a cell holding a
 * line break or a tab; those quotes are removed. Trailing empty line (Excel adds one) dropped.
 */
export function parsePastedBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 1 && lines.at(-1) === "") lines.pop();
  return lines.map((l) => l.split("\t").map((c) => c.replace(/^"(.*)"$/s, "$1").replace(/""/g, '"').trim()));
}

export type { Flag, Locale };
