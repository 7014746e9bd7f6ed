import "server-only";
import { pool } from "@/lib/db";
import { Slots } from "@/lib/db/slots";
import type { Queryable } from "@/lib/db/queryable";
import { writeAuditPg, type AuditContext } from "@/lib/audit/write-audit";
import { ingestUpload, type ByteSource, type IngestReport, type Locale, type StagedRow } from "@/lib/ingest";
import { asWarnings, evaluateRules, type Finding } from "@/lib/rules/evaluate";
import { recordFindings } from "@/lib/rules/findings";
import { loadRules } from "@/lib/rules/load-rules";
import { bodyFromReport, type BatchBody } from "./batch-body";
import { copySink } from "./copy-sink";
import { previewCounts } from "./preview";
import { loadIngestContext } from "./ingest-context";
import { qualityPublished } from "./quality-published";
import { uploadDepartmentWarnings } from "@/lib/departments/upload-warnings";

export type StageOptions = {
  source: ByteSource;
  fileName: string;
  /** A promise when the field may arrive after the file (multipart): awaited once the file is read. */
  sheet?: string | Promise<string | undefined>;
  uploaderId: number;
  locale: Locale;
  /** A promise when the field may arrive after the file: awaited before the commit decision. */
  dryRun: boolean | Promise<boolean>;
  audit: AuditContext;
  /** Explanations (上报说明) by finding key, given with the values (the online return): stored with the findings. */
  explanations?: Record<string, string>;
  maxBytes?: number;
  onProgress?: (p: { bytes: number; rows: number }) => void;
};

export type StageResult = { httpStatus: 200 | 201 | 409 | 413 | 422; body: BatchBody };

/**
 * Stagings at once per process: each holds one connection of the pool of ten for its whole
 * file, so four leave six for sign-ins and pages; a fifth upload waits its turn (lib/db/slots.ts).
 */
const STAGING_AT_ONCE = 4;
const stagingSlots = new Slots(STAGING_AT_ONCE);

/**
 * Reads, validates and stages one uploaded file, all or nothing: the batch row, its values
 * (COPY) and its audit event are written in one transaction, committed only when the file
 * has no error, is not a duplicate and this is not a dry run. A crash at any point leaves
 * nothing behind, since PostgreSQL rolls back an unfinished transaction.
 */
export function stageUpload(o: StageOptions): Promise<StageResult> {
  return stagingSlots.run(() => stageOnOneConnection(o));
}

async function stageOnOneConnection(o: StageOptions): Promise<StageResult> {
  const client = await pool().connect();
  let open = false;
  try {
    // on the staging's own connection, so that an upload never needs a second one
    const ctx = await loadIngestContext(client, o.locale);
    if (o.maxBytes) ctx.limits = { maxBytes: o.maxBytes };
    await client.query("BEGIN");
    open = true;
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO batch (file_name, checksum, status, uploader_id) VALUES ($1, '', 'STAGED', $2) RETURNING id`,
      [o.fileName.slice(0, 255), o.uploaderId],
    );
    const id = rows[0].id;
    const copy = copySink(client, id);
    const fileIndicators = new Set<number>();
    const sink = (rows: StagedRow[]) => {
      for (const r of rows) fileIndicators.add(r.indicatorId);
      return copy.sink(rows);
    };
    let ingested: Awaited<ReturnType<typeof ingestUpload>>;
    try {
      ingested = await ingestUpload(o.source, ctx, sink, { fileName: o.fileName, sheet: o.sheet, onProgress: o.onProgress });
    } catch (e) {
      // the upload stream failed (a form cut short, a client gone): end the COPY first, or the
      // ROLLBACK below would queue behind it forever, holding this connection and transaction
      await copy.abort(e instanceof Error ? e : new Error(String(e)));
      throw e;
    }
    const { report, quality } = ingested;
    await copy.finish();

    if (!report.ok) {
      await client.query("ROLLBACK");
      open = false;
      const tooLarge = report.errors.some((e) => e.code === "TOO_LARGE");
      return { httpStatus: tooLarge ? 413 : 422, body: bodyFromReport(null, "invalid", o.fileName, report) };
    }

    // the same file twice: serialise on its checksum so that concurrent copies cannot both pass
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [report.checksum]);
    const dup = await client.query<{ id: number }>(
      `SELECT id FROM batch WHERE checksum = $1 AND id <> $2 AND status NOT IN ('REJECTED', 'WITHDRAWN', 'FAILED') ORDER BY id LIMIT 1`,
      [report.checksum, id],
    );
    if (dup.rowCount) {
      await client.query("ROLLBACK");
      open = false;
      return { httpStatus: 409, body: { ...bodyFromReport(null, "duplicate", o.fileName, report), duplicateOf: dup.rows[0].id } };
    }

    // the bureau's rules (lib/rules): a hard (强制性) failure stops the staging with the values named
    const rules = await loadRules(client);
    const published = await qualityPublished(client, quality, ctx.indicators, ctx.regions, rules);
    const evaluation = evaluateRules({ summary: quality, published, indicators: ctx.indicators, regions: ctx.regions, rules, locale: o.locale });
    const hard = evaluation.findings.filter((f) => f.severity === "HARD");
    if (hard.length) {
      await client.query("ROLLBACK");
      open = false;
      await recordBlocked(client, o.audit, o.fileName, hard);
      report.errors.push(...hard.map((f) => ({ line: f.line ?? 0, column: null, code: `RULE_${f.rule}`, message: f.message })));
      report.errorCount += hard.length;
      report.ok = false;
      return { httpStatus: 422, body: bodyFromReport(null, "invalid", o.fileName, report) };
    }
    report.warnings.push(...asWarnings(evaluation));
    // uploading for another department is normal (代报), so it is a warning for the reviewer
    for (const w of await uploadDepartmentWarnings(client, o.uploaderId, [...fileIndicators])) {
      report.warnings.push({ code: w.code, message: o.locale === "en" ? w.en : w.zh });
    }

    if (await o.dryRun) {
      // counted inside the transaction, against the published values, before the rows go
      const preview = await previewCounts(client, id, { indicatorIds: [...fileIndicators] });
      await client.query("ROLLBACK");
      open = false;
      return { httpStatus: 200, body: { ...bodyFromReport(null, "dry-run", o.fileName, report), preview } };
    }
    await client.query(
      `UPDATE batch SET checksum = $2, size_bytes = $3, encoding = $4, delimiter = $5, layout = $6, row_count = $7, report = $8 WHERE id = $1`,
      [id, report.checksum, report.bytes, report.encoding, report.delimiter, report.layout, report.rows, JSON.stringify(storedReport(report))],
    );
    const explained = evaluation.findings.map((f) => ({ ...f, explanation: o.explanations?.[f.key] ?? "" }));
    await recordFindings(client, id, explained);
    await writeAuditPg(client, o.audit, {
      action: "batch.staged",
      entityType: "batch",
      entityId: id,
      data: { fileName: o.fileName, rows: report.rows, checksum: report.checksum, warnings: report.warnings.length },
    });
    await client.query("COMMIT");
    open = false;
    return { httpStatus: 201, body: bodyFromReport(id, "staged", o.fileName, report) };
  } finally {
    if (open) await client.query("ROLLBACK").catch(() => {});
    client.release();
  }
}

/** A staging stopped by hard rules: nothing is written but this event, which /admin/rules counts. */
async function recordBlocked(client: Queryable, audit: AuditContext, fileName: string, hard: Finding[]) {
  const rules: Record<string, number> = {};
  for (const f of hard) rules[f.ruleId] = (rules[f.ruleId] ?? 0) + 1;
  await writeAuditPg(client, audit, { action: "batch.blocked_by_rule", entityType: "batch", data: { fileName, rules, first: hard[0].message } });
}

function storedReport(r: IngestReport) {
  const { encoding, delimiter, layout, format, sheet, rows, errorCount, errors, warnings, skipped, bytes } = r;
  return { encoding, delimiter, layout, format, sheet, rows, errorCount, errors, warnings, skipped, bytes };
}
