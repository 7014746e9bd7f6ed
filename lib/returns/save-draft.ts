import "server-only";
// Saving an online return's draft (one row per indicator and period, shared by the department):
// the boxes as typed and the reporter's explanations (上报说明) of 核实性 warnings, so that a
// reload or a colleague sees both. Two colleagues may edit the same draft: each row carries a
// version, a save names the version it started from, and a row changed since is not
// overwritten — the save is refused whole with who changed it and when. Rows the saver did not
// touch are not sent, so colleagues editing different indicators never collide.
import { z } from "zod";
import type { AuditContext } from "@/lib/audit/write-audit";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { MAX_EXPLANATION_CHARS } from "@/lib/rules/findings";
import { isBlank, type CellMap } from "./cells";
import { assertOwed, assertUploader, parseCells, ZExplanations } from "./save-return";

/** indicator id → the draft version the saver's copy started from (0: there was none) */
const ZBase = z.record(z.string().regex(/^\d{1,9}$/), z.number().int().min(0).max(2 ** 31 - 1));

export type DraftSaved = { savedAt: string; versions: Record<string, number> };

class Stale extends Error {
  constructor(readonly indicatorId: number) {
    super("stale draft");
  }
}

const hhmm = (d: Date) => new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);

function parseExplanations(input: unknown, period: string, ids: Set<number>): Map<number, Record<string, string>> {
  const ex = ZExplanations.safeParse(input ?? {});
  if (!ex.success) throw new AppError("INVALID_INPUT", `说明格式不正确，或超过 ${MAX_EXPLANATION_CHARS} 字。`, `Explanations are malformed or longer than ${MAX_EXPLANATION_CHARS} characters.`);
  const out = new Map<number, Record<string, string>>();
  for (const [key, text] of Object.entries(ex.data)) {
    // a finding key: RULE|indicator|region|period, of a box of this return
    const [, ind, , p] = key.split("|");
    if (p !== period || !ids.has(Number(ind))) throw new AppError("INVALID_INPUT", `说明 ${key} 不属于本次填报的指标。`, `Explanation ${key} is not for an indicator of this return.`);
    if (!text.trim()) continue;
    out.set(Number(ind), { ...(out.get(Number(ind)) ?? {}), [key]: text });
  }
  return out;
}

export async function saveReturnDraft(actor: Actor, ctx: AuditContext, period: string, input: unknown, explanationsInput: unknown = {}, baseInput: unknown = {}): Promise<DraftSaved> {
  assertUploader(actor);
  const cells: CellMap = parseCells(input);
  const base = ZBase.safeParse(baseInput ?? {});
  if (!base.success) throw new AppError("INVALID_INPUT", "草稿版本格式不正确。", "The draft's version is malformed.");
  await assertOwed(actor, period, cells);
  const ids = new Set(Object.keys(cells).map(Number));
  const explanations = parseExplanations(explanationsInput, period, ids);
  const at = new Date();
  const versions: Record<string, number> = {};
  // nothing sent, nothing changed: no write and no audit event of an empty save
  if (!ids.size) return { savedAt: at.toISOString(), versions };
  try {
    await db().$transaction(async (tx) => {
      for (const [id, byRegion] of Object.entries(cells)) {
        const indicatorId = Number(id);
        const kept = Object.fromEntries(Object.entries(byRegion).filter(([, c]) => !isBlank(c)));
        const ex = explanations.get(indicatorId) ?? {};
        const from = base.data[id] ?? 0;
        const empty = !Object.keys(kept).length && !Object.keys(ex).length;
        const where = { indicatorId, period, version: from };
        const data = { cells: kept, explanations: ex, updatedById: actor.id, updatedAt: at };
        if (from === 0) {
          // a colleague's row created meanwhile is stale for this saver (checked first: a failed
          // insert on its primary key would abort the transaction)
          if (await tx.returnDraft.count({ where: { indicatorId, period } })) throw new Stale(indicatorId);
          if (!empty) await tx.returnDraft.create({ data: { indicatorId, period, version: 1, ...data } });
          versions[id] = empty ? 0 : 1;
        } else if (empty) {
          if (!(await tx.returnDraft.deleteMany({ where })).count) throw new Stale(indicatorId);
          versions[id] = 0;
        } else {
          if (!(await tx.returnDraft.updateMany({ where, data: { ...data, version: { increment: 1 } } })).count) throw new Stale(indicatorId);
          versions[id] = from + 1;
        }
      }
      const boxes = Object.values(cells).reduce((n, r) => n + Object.values(r).filter((c) => !isBlank(c)).length, 0);
      const explained = [...explanations.values()].reduce((n, e) => n + Object.keys(e).length, 0);
      await writeAudit(tx, ctx, { action: "return.draft_saved", entityType: "return", entityId: period, data: { period, indicators: [...ids], boxes, explanations: explained, versions } });
    });
  } catch (e) {
    if (e instanceof Stale) throw await staleError(e.indicatorId, period);
    // two first saves at the same instant: the later insert meets the earlier's key
    if ((e as { code?: unknown }).code === "P2002") throw await staleError(null, period);
    throw e;
  }
  return { savedAt: at.toISOString(), versions };
}

/** Who changed the draft since the saver loaded it, and when — in the message staff read. */
async function staleError(indicatorId: number | null, period: string): Promise<AppError> {
  const row = await db().returnDraft.findFirst({
    where: { period, ...(indicatorId !== null ? { indicatorId } : {}) },
    orderBy: { updatedAt: "desc" },
    include: { updatedBy: { select: { displayName: true, username: true } } },
  });
  if (!row) return new AppError("CONFLICT", "草稿已被他人清空或提交，请刷新后再保存。", "The draft was cleared or submitted by someone else; reload before saving.");
  const who = row.updatedBy?.displayName || row.updatedBy?.username || "他人";
  const whoEn = row.updatedBy?.displayName || row.updatedBy?.username || "someone else";
  return new AppError("CONFLICT", `草稿已被 ${who} 于 ${hhmm(row.updatedAt)} 修改，请刷新后再保存。`, `The draft was changed by ${whoEn} at ${hhmm(row.updatedAt)}; reload before saving.`);
}
