// What can be wrong with a workbook file as a whole, as the stable codes of the report: the
// readers throw these (IngestAbort), the entry point turns them into a line-0 error.
import { IngestAbort } from "../report";

export type WorkbookKind = "xlsx" | "xls" | "ods";

/**
 * Why a workbook cannot be read: zip (container damaged or cut short), cfb (OLE2 container
 * damaged), xml (a part is not well-formed), dtd (a DOCTYPE or entity declaration, which no
 * spreadsheet program writes: refused so that no entity can expand), depth (elements nested
 * deeper than any real part), text (one text longer than a spreadsheet cell can hold), missing
 * (a required part is not there), cell (a cell reference outside the sheet), biff (a record
 * of the .xls stream damaged), format (the bytes are not this format at all), notSheet (an
 * OpenDocument file that is not a spreadsheet).
 */
export type InvalidReason = "zip" | "cfb" | "xml" | "dtd" | "depth" | "text" | "missing" | "cell" | "biff" | "format" | "notSheet";

const CODE = { xlsx: "INVALID_XLSX", xls: "INVALID_XLS", ods: "INVALID_ODS" } as const;

export function invalid(kind: WorkbookKind, reason: InvalidReason, part?: string): IngestAbort {
  return new IngestAbort(CODE[kind], { reason, part: part ?? null });
}
