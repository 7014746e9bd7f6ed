// A rule changed by an administrator changes what the next upload and the next online return
// accept: a narrowed range made mandatory stops both with the values named and stages nothing;
// made 核实性 (soft), both need an explanation, which is stored with the batch. The audit and
// the rule's versions say who changed it and when; /admin/rules counts what fired.
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import type { AuditContext } from "@/lib/audit/write-audit";
import type { Actor } from "@/lib/auth/permissions";
import { stageUpload } from "@/lib/batches/stage-upload";
import { newTestIndicator } from "@/lib/catalogue/test-db-helpers";
import { submitReturn } from "@/lib/returns/save-return";
import { findReturnsDue } from "@/lib/schedule/returns-due";
import { clockAt } from "@/lib/schedule/clock";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { rejectBatch, submitBatch } from "@/lib/workflow/transitions";
import { DEFAULT_RULES } from "./defaults";
import { findingsOf, saveExplanations } from "./findings";
import { ruleStats } from "./rule-stats";
import { changeRule } from "./save-rule";

const ctxOf = (a: Actor): AuditContext => ({ actorId: a.id, actorName: a.username, ip: null, userAgent: null });

async function user(roles: string[], departmentId?: number): Promise<Actor> {
  const u = await testPrisma().user.create({
    data: { username: unique("rl"), displayName: `用户${roles[0]}`, passwordHash: "x", roles: roles as never, ...(departmentId ? { departments: { create: { departmentId } } } : {}) },
  });
  return { id: u.id, username: u.username, displayName: u.displayName, roles: roles as never };
}

const csv = (code: string, period: string, value: string) => Buffer.from(`指标代码,地区代码,时期,数值,标志,备注\r\n${code},210100,${period},${value},,\r\n`, "utf8");
const batchCount = async (uploader: number) => (await testPool().query(`SELECT count(*)::int AS n FROM batch WHERE uploader_id = $1`, [uploader])).rows[0].n as number;
const obsCount = async (indicatorId: number) => (await testPool().query(`SELECT count(*)::int AS n FROM observation WHERE indicator_id = $1`, [indicatorId])).rows[0].n as number;

describe("rules an administrator sets", () => {
  afterAll(async () => {
    await testPrisma().$disconnect();
    await testPool().end();
  });

  it("the migration seeds the default rules of lib/rules/defaults.ts (today's checks, as information)", async () => {
    const seeded = await testPrisma().validationRule.findMany({ include: { versions: { where: { version: 1 } } }, orderBy: { id: "asc" } });
    const first = seeded.filter((r) => DEFAULT_RULES.some((d) => d.code === r.code)).map((r) => ({ code: r.code, nameZh: r.nameZh, params: r.versions[0].params, severity: r.versions[0].severity, active: r.versions[0].active, scope: r.versions[0].scope }));
    expect(first).toEqual(DEFAULT_RULES.map((d) => ({ code: d.code, nameZh: d.nameZh, params: d.params, severity: d.severity, active: d.active, scope: d.scope })));
  });

  it("a narrowed range made hard blocks the next upload and return; made soft it needs explanations", async () => {
    const prisma = testPrisma();
    const dep = await prisma.department.create({ data: { code: unique("d"), nameZh: "规则测试部门", nameEn: "Rules test dept" } });
    const { id: indId, fields } = await newTestIndicator({ dueDays: 20, departmentCode: dep.code });
    const code = fields.code;
    const admin = await user(["admin"]);
    const uploader = await user(["uploader"], dep.id);
    const reviewer = await user(["reviewer"]);
    const period = (await findReturnsDue(testPool(), clockAt(new Date()), uploader.id)).find((d) => d.indicatorId === indId)!.period;
    const stage = (value: string, explanations?: Record<string, string>) =>
      stageUpload({ source: Readable.from([csv(code, period, value)]), fileName: `${unique("r")}.csv`, uploaderId: uploader.id, locale: "zh", dryRun: false, audit: ctxOf(uploader), explanations });
    const ret = (value: string, explanations: Record<string, string> = {}) => submitReturn(uploader, ctxOf(uploader), period, { [indId]: { "210100": { v: value, f: "", n: "" } } }, "zh", explanations);

    // before: the range rule is off, 150 is staged
    const first = await stage("150");
    expect(first.httpStatus).toBe(201);
    await prisma.batch.update({ where: { id: first.body.id! }, data: { status: "WITHDRAWN" } });

    // the administrator narrows the range to 0–100 for this indicator and makes it mandatory
    const t0 = new Date();
    await expect(changeRule("RANGE", { params: { check: "range", min: "0", max: "100" }, severity: "HARD", active: true, scope: code, note: "", notedOn: "2026-12-06" }, ctxOf(admin))).rejects.toMatchObject({ code: "INVALID_INPUT", zh: expect.stringContaining("note") });
    await expect(changeRule("RANGE", { params: { check: "yoy_band", pct: "1" }, severity: "HARD", active: true, scope: code, note: "x", notedOn: "2026-12-06" }, ctxOf(admin))).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const v = await changeRule("RANGE", { params: { check: "range", min: "0", max: "100" }, severity: "HARD", active: true, scope: code, note: "本指标上限 100", notedOn: "2026-12-06" }, ctxOf(admin));
    expect(v.version).toBeGreaterThanOrEqual(2);

    // the next upload is refused with the values named, and nothing is staged
    const batches = await batchCount(uploader.id);
    const obs = await obsCount(indId);
    const blocked = await stage("150.5");
    expect(blocked.httpStatus).toBe(422);
    expect(blocked.body.errors.map((e) => [e.code, e.message])).toEqual([["RULE_RANGE", expect.stringContaining("允许 0–100，填报 150.5")]]);
    expect(await batchCount(uploader.id)).toBe(batches);
    expect(await obsCount(indId)).toBe(obs);
    // so is the next return, the box named
    expect(await ret("150.5")).toMatchObject({ ok: false, errors: [{ indicatorId: indId, regionCode: "210100", message: expect.stringContaining("允许 0–100，填报 150.5") }] });
    expect(await batchCount(uploader.id)).toBe(batches);
    // within the range it passes untouched (withdrawn again: a value received closes the return)
    const within = await stage("99.5");
    expect(within.httpStatus).toBe(201);
    await prisma.batch.update({ where: { id: within.body.id! }, data: { status: "WITHDRAWN" } });

    // the administrator makes it 核实性 (soft): it now needs an explanation instead
    await changeRule("RANGE", { params: { check: "range", min: "0", max: "100" }, severity: "SOFT", active: true, scope: code, note: "改为核实性", notedOn: "2026-12-07" }, ctxOf(admin));
    const unexplained = await ret("150.25");
    expect(unexplained).toMatchObject({ ok: false, unexplained: [`RANGE|${indId}|210100|${period}`] });
    expect(await batchCount(uploader.id)).toBe(batches + 1); // only the one within the range
    const explained = await ret("150.25", { [`RANGE|${indId}|210100|${period}`]: "新增大型企业入统" });
    expect(explained, JSON.stringify(explained)).toMatchObject({ ok: true });
    const returned = (explained as { batchId: number }).batchId;
    expect((await findingsOf(testPool(), returned)).map((f) => [f.ruleCode, f.severity, f.explanation])).toEqual([["RANGE", "SOFT", "新增大型企业入统"]]);

    // an upload with the soft failure is staged, but cannot be submitted before it is explained
    const soft = await stage("170");
    expect(soft.httpStatus).toBe(201);
    const sid = soft.body.id!;
    await expect(submitBatch({ batchId: sid, actor: uploader, ctx: ctxOf(uploader) })).rejects.toMatchObject({ zh: expect.stringContaining("允许 0–100，填报 170") });
    const [finding] = await findingsOf(testPool(), sid);
    await saveExplanations(uploader, ctxOf(uploader), sid, { [finding.id]: "年报口径调整" });
    await submitBatch({ batchId: sid, actor: uploader, ctx: ctxOf(uploader) });
    await rejectBatch({ batchId: sid, actor: reviewer, ctx: ctxOf(reviewer), reason: "说明不充分" });

    // the audit and the versions say who changed the rule and when
    const audit = await testPool().query(`SELECT actor_id, at, data FROM audit_event WHERE action = 'rule.changed' AND entity_id = 'RANGE' AND at >= $1 ORDER BY id`, [t0]);
    expect(audit.rows.every((r) => r.at >= t0 && r.at <= new Date())).toBe(true);
    expect(audit.rows.map((r) => [r.actor_id, r.data.severity, r.data.note])).toEqual([
      [admin.id, "HARD", "本指标上限 100"],
      [admin.id, "SOFT", "改为核实性"],
    ]);
    const versions = await prisma.validationRuleVersion.findMany({ where: { rule: { code: "RANGE" }, createdAt: { gte: t0 } }, orderBy: { version: "asc" } });
    expect(versions.map((x) => [x.severity, x.note, x.notedOn.toISOString().slice(0, 10), x.createdBy])).toEqual([
      ["HARD", "本指标上限 100", "2026-12-06", admin.id],
      ["SOFT", "改为核实性", "2026-12-07", admin.id],
    ]);

    // what fired, counted for the administrator: two blocks, two soft findings explained, one returned
    const rangeId = (await prisma.validationRule.findUniqueOrThrow({ where: { code: "RANGE" } })).id;
    const s = (await ruleStats(testPool())).get(rangeId)!;
    expect(s.blocked).toBeGreaterThanOrEqual(1); // the upload (the return is refused before staging)
    expect(s.explained).toBeGreaterThanOrEqual(2);
    expect(s.returned).toBeGreaterThanOrEqual(1);

    // back to the default, so other tests see the seeded behaviour
    await changeRule("RANGE", { params: { check: "range", min: "0", max: null }, severity: "HARD", active: false, scope: "*", note: "恢复默认", notedOn: "2026-12-07" }, ctxOf(admin));
  }, 120_000);
});
