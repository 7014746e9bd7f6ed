import "server-only";
// Catalogue import: preview (the diff, nothing written) and apply (the same diff, in one
// transaction with an audit event per indicator and one for the import). Apply re-reads the
// file and re-plans inside its transaction; it refuses unless the plan's fingerprint equals
// the one the administrator previewed, so what is applied is exactly what was shown.
import { createHash } from "node:crypto";
import { writeAudit, type AuditContext, type Tx } from "@/lib/audit/write-audit";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import type { ImportError } from "./import-parse";
import { parseCatalogueTable } from "./import-parse";
import { planCounts, planImport, type ImportPlan } from "./import-plan";
import { readCatalogueFile } from "./import-read";
import { loadCatalogue, loadRefs, type StoredIndicator } from "./load-catalogue";
import { releasedCodes } from "./released";
import { writeIndicatorChanges, writeNewIndicator } from "./write-indicator";

export type ImportPreview = {
  fileName: string;
  format: "csv" | "xlsx";
  encoding: string | null;
  plan: ImportPlan;
  counts: ReturnType<typeof planCounts>;
};

export function formatImportError(e: ImportError, lang: "zh" | "en"): string {
  const where = lang === "zh" ? `第 ${e.line} 行${e.column ? `（${e.column}）` : ""}` : `Line ${e.line}${e.column ? ` (${e.column})` : ""}`;
  return `${where}${lang === "zh" ? "：" : ": "}${lang === "zh" ? e.zh : e.en}`;
}

async function plan(c: Tx | Db, bytes: Uint8Array, fileName: string, now: Date) {
  const table = await readCatalogueFile(bytes, fileName);
  const stored = await loadCatalogue(c);
  const current = new Map(stored.map((s) => [s.fields.code, s.fields]));
  const parsed = parseCatalogueTable(table, current, await loadRefs(c));
  const p = planImport(parsed, current, await releasedCodes(c, now));
  return { table, stored: new Map(stored.map((s) => [s.fields.code, s])), plan: p };
}

export async function previewCatalogueImport(bytes: Uint8Array, fileName: string): Promise<ImportPreview> {
  const { table, plan: p } = await plan(db(), bytes, fileName, new Date());
  return { fileName, format: table.format, encoding: table.encoding, plan: p, counts: planCounts(p) };
}

export async function applyCatalogueImport(bytes: Uint8Array, fileName: string, fingerprint: string, ctx: AuditContext) {
  return db().$transaction(
    async (tx) => {
      // one import at a time, and no form edit in between: lock the whole catalogue
      await tx.$queryRaw`SELECT id FROM indicator ORDER BY id FOR UPDATE`;
      const now = new Date();
      const { table, stored, plan: p } = await plan(tx, bytes, fileName, now);
      if (p.errors.length) {
        const shown = p.errors.slice(0, 5);
        throw new AppError("INVALID_INPUT", shown.map((e) => formatImportError(e, "zh")).join("\n"), shown.map((e) => formatImportError(e, "en")).join("\n"));
      }
      if (p.fingerprint !== fingerprint) {
        throw new AppError("CONFLICT", "预览之后目录或文件已有变化，请重新预览后再导入。", "The catalogue or the file changed after the preview; preview again before importing.");
      }
      if (!p.items.length) throw new AppError("INVALID_STATE", "文件与当前目录一致，没有需要导入的变更。", "The file matches the catalogue: nothing to import.");
      const released = await releasedCodes(tx, now);
      const notes: number[] = [];
      for (const item of p.items) {
        if (item.kind === "added") {
          await writeNewIndicator(tx, ctx, item.fields, { now, source: "import" });
          continue;
        }
        const prev = stored.get(item.code) as StoredIndicator;
        const r = await writeIndicatorChanges(tx, ctx, prev, item.changes, { now, source: "import", released: released.has(item.code) });
        if (r.methodologyNoteId) notes.push(r.methodologyNoteId);
      }
      const counts = planCounts(p);
      const byKind = (k: string) => p.items.filter((i) => i.kind === k).map((i) => i.code);
      await writeAudit(tx, ctx, {
        action: "catalogue.imported",
        entityType: "catalogue",
        data: {
          fileName,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          format: table.format,
          encoding: table.encoding,
          counts,
          added: byKind("added"),
          changed: byKind("changed"),
          retired: byKind("retired"),
          restored: byKind("restored"),
          methodologyNoteIds: notes,
        },
      });
      return { counts, methodologyNotes: notes.length };
    },
    { timeout: 60_000 },
  );
}
