import { afterAll, describe, expect, it } from "vitest";
import type { AuditContext } from "@/lib/audit/write-audit";
import type { Actor } from "@/lib/auth/permissions";
import { newTestIndicator } from "@/lib/catalogue/test-db-helpers";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { dueForPeriod, loadReturn } from "./load-return";
import { saveReturnDraft } from "./save-draft";
import { submitReturn } from "./save-return";

const ctxOf = (a: Actor): AuditContext => ({ actorId: a.id, actorName: a.username, ip: null, userAgent: null });

async function uploaderOf(departmentId: number): Promise<Actor> {
  const u = await testPrisma().user.create({
    data: { username: unique("rt"), displayName: "填报员", passwordHash: "x", roles: ["uploader"], departments: { create: { departmentId } } },
  });
  return { id: u.id, username: u.username, displayName: u.displayName, roles: ["uploader"] };
}

describe("an online return: the draft and the submission", () => {
  afterAll(async () => {
    await testPrisma().$disconnect();
    await testPool().end();
  });

  it("is saved for the department, continued by a colleague, refused where it has errors and submitted as an ordinary batch", async () => {
    const prisma = testPrisma();
    const dep = await prisma.department.create({ data: { code: unique("d"), nameZh: "填报测试部门", nameEn: "Return test dept" } });
    const { id: indId, fields } = await newTestIndicator({ dueDays: 20, departmentCode: dep.code });
    const alice = await uploaderOf(dep.id);
    const bob = await uploaderOf(dep.id);
    const item = (await import("@/lib/schedule/returns-due")).findReturnsDue;
    const { clockAt } = await import("@/lib/schedule/clock");
    const due = await item(testPool(), clockAt(new Date()), alice.id);
    const period = due.find((d) => d.indicatorId === indId)!.period;
    expect((await dueForPeriod(testPool(), alice, period)).map((d) => d.indicatorId)).toEqual([indId]);

    // Alice saves a draft; Bob, of the same department, sees it
    await saveReturnDraft(alice, ctxOf(alice), period, { [indId]: { "210100": { v: "１，２３４．５", f: "", n: "初报" }, "210102": { v: "12a", f: "", n: "" }, "210103": { v: "", f: "", n: "" } } });
    const seen = await loadReturn(testPool(), bob, period, "zh");
    expect(seen!.draft[indId]).toEqual({ "210100": { v: "１，２３４．５", f: "", n: "初报" }, "210102": { v: "12a", f: "", n: "" } });
    expect(seen!.draftSavedBy?.name).toBe("填报员");
    const audit = await testPool().query(`SELECT actor_id, data FROM audit_event WHERE action = 'return.draft_saved' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [period]);
    expect(audit.rows[0]).toMatchObject({ actor_id: alice.id, data: { indicators: [indId], boxes: 2 } });

    // an indicator the department does not owe is refused, and so is malformed input
    const other = await newTestIndicator({ dueDays: 20 });
    await expect(saveReturnDraft(alice, ctxOf(alice), period, { [other.id]: { "210100": { v: "1", f: "", n: "" } } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveReturnDraft(alice, ctxOf(alice), period, { [indId]: { "210100": { v: 1 } } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // and so are a control character (PostgreSQL refuses NUL in the draft's JSON), a box in an area
    // the indicator is not collected for, and one in an area that does not exist; an empty save writes nothing
    await expect(saveReturnDraft(alice, ctxOf(alice), period, { [indId]: { "210100": { v: "1\u0000", f: "", n: "" } } })).rejects.toMatchObject({ code: "INVALID_INPUT", zh: expect.stringContaining("控制字符") });
    await expect(submitReturn(alice, ctxOf(alice), period, { [indId]: { "210100": { v: "1", f: "", n: "a\u001bb" } } }, "zh")).rejects.toMatchObject({ zh: expect.stringContaining("控制字符") });
    await prisma.indicatorRegion.create({ data: { indicatorId: indId, regionCode: "210100" } });
    await prisma.indicatorRegion.create({ data: { indicatorId: indId, regionCode: "210102" } });
    await expect(saveReturnDraft(alice, ctxOf(alice), period, { [indId]: { "210103": { v: "1", f: "", n: "" } } })).rejects.toMatchObject({ code: "FORBIDDEN", zh: expect.stringContaining("210103") });
    await expect(submitReturn(alice, ctxOf(alice), period, { [indId]: { "999999": { v: "1", f: "", n: "" } } }, "zh")).rejects.toMatchObject({ code: "FORBIDDEN" });
    const audits = async () => (await testPool().query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'return.draft_saved' AND entity_id = $1`, [period])).rows[0].n;
    const saves = await audits();
    await saveReturnDraft(alice, ctxOf(alice), period, {});
    expect(await audits()).toBe(saves);

    // Bob submits what has an error: nothing is staged, the box is named with the upload's message
    const before = await testPool().query(`SELECT count(*)::int AS n FROM batch WHERE uploader_id = $1`, [bob.id]);
    const refused = await submitReturn(bob, ctxOf(bob), period, seen!.draft, "zh");
    expect(refused).toMatchObject({ ok: false, errors: [{ indicatorId: indId, regionCode: "210102", message: expect.stringContaining("不是数字") }] });
    expect((await testPool().query(`SELECT count(*)::int AS n FROM batch WHERE uploader_id = $1`, [bob.id])).rows[0].n).toBe(before.rows[0].n);

    // corrected, it becomes a submitted batch with exact values, flags and notes, and the draft is gone
    const out = await submitReturn(bob, ctxOf(bob), period, { [indId]: { "210100": { v: "１，２３４．５", f: "PRELIMINARY", n: "初报" }, "210102": { v: "12", f: "", n: "" } } }, "zh");
    expect(out, JSON.stringify(out)).toMatchObject({ ok: true });
    const batchId = (out as { batchId: number }).batchId;
    const batch = await testPool().query(`SELECT status, uploader_id, row_count, file_name FROM batch WHERE id = $1`, [batchId]);
    expect(batch.rows[0]).toMatchObject({ status: "SUBMITTED", uploader_id: bob.id, row_count: 2, file_name: `在线填报-${period}.csv` });
    const obs = await testPool().query(`SELECT region_code, value::text AS value, flag, note FROM observation WHERE batch_id = $1 ORDER BY region_code`, [batchId]);
    expect(obs.rows).toEqual([
      { region_code: "210100", value: expect.stringMatching(/^1234\.50*$/), flag: "PRELIMINARY", note: "初报" },
      { region_code: "210102", value: expect.stringMatching(/^12(\.0*)?$/), flag: null, note: null },
    ]);
    const events = await testPool().query(`SELECT action FROM audit_event WHERE entity_type = 'batch' AND entity_id = $1 ORDER BY id`, [String(batchId)]);
    expect(events.rows.map((r) => r.action)).toEqual(["batch.staged", "batch.submitted"]);
    expect(await prisma.returnDraft.count({ where: { indicatorId: indId, period } })).toBe(0);
    // received: it is no longer due, so the return is closed
    expect(await loadReturn(testPool(), alice, period, "zh")).toBeNull();
    expect(fields.code).toBeTruthy();
  });
});
