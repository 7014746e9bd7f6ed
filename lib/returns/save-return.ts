import "server-only";
// Submitting an online return (its shared draft is saved by save-draft.ts). Submitting checks
// every box with the upload's code, writes the return as the long CSV an upload would carry and stages it through
// stageUpload (the same path, duplicates, quality checks and audit as an upload), then submits
// the batch for review like an upload's submit, and drops the drafts. The bureau's rules run
// first (lib/returns/return-rules.ts): hard failures and soft ones without an explanation stop it.
import { z } from "zod";
import type { AuditContext } from "@/lib/audit/write-audit";
import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { stageUpload } from "@/lib/batches/stage-upload";
import { db, pool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { csvBytes } from "@/lib/ingest/csv-write";
import type { Locale } from "@/lib/ingest/types";
import { submitBatch } from "@/lib/workflow/transitions";
import { checkAll, FLAGS, isBlank, MAX_NOTE_CHARS, MAX_VALUE_CHARS, type CellMap } from "./cells";
import { dueForPeriod, loadReturn } from "./load-return";
import { evaluateReturn, missingExplanations } from "./return-rules";
import { MAX_EXPLANATION_CHARS } from "@/lib/rules/findings";
import { CONTROL_CHARACTER } from "@/lib/http/form-control-chars";

export const ZExplanations = z.record(z.string().max(200), z.string().max(MAX_EXPLANATION_CHARS));

// the grid posts JSON, which the form check of proxy.ts does not read: the same rule, here
const text = (max: number) => z.string().max(max).refine((t) => !CONTROL_CHARACTER.test(t), { message: "control" });
const ZCell = z.object({ v: text(MAX_VALUE_CHARS), f: z.enum(["", ...FLAGS] as [string, ...string[]]), n: text(MAX_NOTE_CHARS) });
export const ZCells = z.record(z.string().regex(/^\d{1,9}$/), z.record(z.string().regex(/^\d{6}$/), ZCell));

export function parseCells(input: unknown): CellMap {
  const parsed = ZCells.safeParse(input);
  if (parsed.success) return parsed.data as CellMap;
  if (parsed.error.issues.some((i) => i.message === "control")) throw new AppError("INVALID_INPUT", "数值或备注含有控制字符（如 NUL），无法保存。请删去后重试。", "A value or note contains a control character (such as NUL) and cannot be saved. Remove it and try again.");
  if (parsed.error.issues.some((i) => i.code === "too_big")) throw new AppError("INVALID_INPUT", `数值最多 ${MAX_VALUE_CHARS} 个字符，备注最多 ${MAX_NOTE_CHARS} 个字符。`, `A value may have at most ${MAX_VALUE_CHARS} characters, a note ${MAX_NOTE_CHARS}.`);
  throw new AppError("INVALID_INPUT", "填报内容格式不正确。", "The return's contents are malformed.");
}

export function assertUploader(actor: Actor) {
  if (!can(actor, "batch:upload")) throw new AppError("FORBIDDEN", "当前角色不能填报。", "Your role cannot file returns.");
}

/** Indicator ids of the cells that the actor does not owe for this period: refused. */
export async function assertOwed(actor: Actor, period: string, cells: CellMap): Promise<Set<number>> {
  const owed = new Set((await dueForPeriod(pool(), actor, period)).map((d) => d.indicatorId));
  if (!owed.size) throw new AppError("NOT_FOUND", "本期没有待填报的指标。", "Nothing is due from you for this period.");
  for (const id of Object.keys(cells)) {
    if (!owed.has(Number(id))) throw new AppError("FORBIDDEN", `指标 ${id} 不在您本期的填报任务中。`, `Indicator ${id} is not due from you this period.`);
  }
  // and each filled box in an area its indicator is collected for (the grid's coverage, lib/returns/load-return.ts)
  const { rows } = await pool().query<{ id: number; codes: string[] }>(
    `SELECT i.id, coalesce((SELECT array_agg(x.region_code) FROM indicator_region x WHERE x.indicator_id = i.id), (SELECT array_agg(code) FROM region)) AS codes
     FROM unnest($1::int[]) AS i(id)`,
    [Object.keys(cells).map(Number)],
  );
  for (const { id, codes } of rows) {
    const covered = new Set(codes);
    const outside = Object.entries(cells[String(id)]).find(([code, c]) => !isBlank(c) && !covered.has(code));
    if (outside) throw new AppError("FORBIDDEN", `地区 ${outside[0]} 不在指标 ${id} 的填报范围内。`, `Area ${outside[0]} is not collected for indicator ${id}.`);
  }
  return owed;
}

export type SubmitOutcome =
  | { ok: true; batchId: number }
  | { ok: false; message: string; errors?: { indicatorId: number; regionCode: string; message: string }[]; unexplained?: string[] };

export async function submitReturn(actor: Actor, ctx: AuditContext, period: string, input: unknown, locale: Locale, explanationsInput: unknown = {}): Promise<SubmitOutcome> {
  assertUploader(actor);
  const cells = parseCells(input);
  const ex = ZExplanations.safeParse(explanationsInput);
  if (!ex.success) throw new AppError("INVALID_INPUT", `说明格式不正确，或超过 ${MAX_EXPLANATION_CHARS} 字。`, `Explanations are malformed or longer than ${MAX_EXPLANATION_CHARS} characters.`);
  const explanations = ex.data;
  await assertOwed(actor, period, cells);
  const data = await loadReturn(pool(), actor, period, locale);
  if (!data) throw new AppError("NOT_FOUND", "本期没有待填报的指标。", "Nothing is due from you for this period.");
  const { rows, errors } = checkAll(data.context, period, cells);
  const en = locale === "en";
  if (errors.length) return { ok: false, message: en ? `${errors.length} value(s) need correcting.` : `有 ${errors.length} 个数值需要更正。`, errors };
  if (!rows.length) return { ok: false, message: en ? "Nothing has been filled in." : "尚未填写任何数值。" };
  // the bureau's rules, as the grid ran them: hard failures and unexplained soft ones stage nothing
  const evaluation = evaluateReturn({ context: data.context, indicators: data.ruleIndicators, published: data.rulePublished, rules: data.rules }, period, cells);
  const hard = evaluation.findings.filter((f) => f.severity === "HARD");
  if (hard.length) {
    return { ok: false, message: en ? `${hard.length} value(s) fail a mandatory check.` : `有 ${hard.length} 项强制性审核未通过。`, errors: hard.map((f) => ({ indicatorId: f.indicatorId, regionCode: f.regionCode, message: f.message })) };
  }
  const missing = missingExplanations(evaluation.findings, explanations);
  if (missing.length) {
    return { ok: false, message: en ? `${missing.length} warning(s) need an explanation.` : `有 ${missing.length} 项核实性审核需要填写说明。`, unexplained: missing.map((f) => f.key) };
  }
  const byId = new Map(data.context.indicators.map((i) => [i.id, i]));
  // the long layout of the upload templates (lib/ingest/templates.ts), by code only (the codes
  // are what the grid holds; a name column would only add a check that cannot fail here)
  const csv = csvBytes([
    ["指标代码", "地区代码", "时期", "数值", "标志", "备注"],
    ...rows.map((r) => {
      // the value and flag as the check read them ("123(初步)" → 123, PRELIMINARY): the reader agrees
      return [byId.get(r.indicatorId)!.code, r.regionCode, period, r.value ?? "", r.flag ?? "", r.note ?? ""];
    }),
  ]);
  const staged = await stageUpload({
    source: (async function* () { yield new Uint8Array(csv); })(),
    fileName: `在线填报-${period}.csv`,
    uploaderId: actor.id,
    locale,
    dryRun: false,
    audit: ctx,
    explanations,
  });
  if (staged.httpStatus !== 201 || staged.body.id === null) {
    const first = staged.body.errors?.[0]?.message;
    const msg = staged.httpStatus === 409 ? (en ? "The same values were already uploaded." : "相同的数据已经上传过。") : first ?? (en ? "The return could not be staged." : "填报未能暂存。");
    return { ok: false, message: msg };
  }
  const batchId = staged.body.id;
  await submitBatch({ batchId, actor, ctx });
  await db().returnDraft.deleteMany({ where: { indicatorId: { in: data.context.indicators.map((i) => i.id) }, period } });
  return { ok: true, batchId };
}
