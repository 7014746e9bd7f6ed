// Two colleagues of one department on the same draft: each save names the version it started
// from; a save over a draft changed since is refused whole, in words naming who and when, and
// nothing of it is written; colleagues on different indicators never collide. Explanations
// (上报说明) are kept with the values, so a colleague's reload shows them.
import { afterAll, describe, expect, it } from "vitest";
import type { AuditContext } from "@/lib/audit/write-audit";
import type { Actor } from "@/lib/auth/permissions";
import { newTestIndicator } from "@/lib/catalogue/test-db-helpers";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { loadReturn } from "./load-return";
import { saveReturnDraft } from "./save-draft";

const ctxOf = (a: Actor): AuditContext => ({ actorId: a.id, actorName: a.username, ip: null, userAgent: null });
const box = (v: string) => ({ v, f: "", n: "" });

async function uploaderOf(departmentId: number, displayName: string): Promise<Actor> {
  const u = await testPrisma().user.create({ data: { username: unique("dc"), displayName, passwordHash: "x", roles: ["uploader"], departments: { create: { departmentId } } } });
  return { id: u.id, username: u.username, displayName: u.displayName, roles: ["uploader"] };
}

describe("a shared return draft edited by two colleagues", () => {
  afterAll(async () => {
    await testPrisma().$disconnect();
    await testPool().end();
  });

  it("refuses a save over a newer draft with who and when, keeps explanations, and merges different indicators", async () => {
    const prisma = testPrisma();
    const dep = await prisma.department.create({ data: { code: unique("d"), nameZh: "草稿冲突测试部门", nameEn: "Draft conflict dept" } });
    const a = await newTestIndicator({ dueDays: 20, departmentCode: dep.code });
    const b = await newTestIndicator({ dueDays: 20, departmentCode: dep.code });
    const alice = await uploaderOf(dep.id, "王丽");
    const bob = await uploaderOf(dep.id, "李强");
    const { findReturnsDue } = await import("@/lib/schedule/returns-due");
    const { clockAt } = await import("@/lib/schedule/clock");
    const period = (await findReturnsDue(testPool(), clockAt(new Date()), alice.id)).find((d) => d.indicatorId === a.id)!.period;
    const warnKey = `YOY_BAND|${a.id}|210100|${period}`;

    // Alice saves a value and the explanation of its warning; Bob loads the same draft and sees both
    const first = await saveReturnDraft(alice, ctxOf(alice), period, { [a.id]: { "210100": box("150") } }, { [warnKey]: "新增两家企业入统" }, {});
    expect(first.versions).toEqual({ [a.id]: 1 });
    const bobsCopy = (await loadReturn(testPool(), bob, period, "zh"))!;
    expect(bobsCopy.draft[a.id]).toEqual({ "210100": box("150") });
    expect(bobsCopy.explanations).toEqual({ [warnKey]: "新增两家企业入统" });
    expect(bobsCopy.draftVersions).toEqual({ [a.id]: 1 });

    // Alice changes it again; Bob's save from version 1 is refused, naming her and the time
    const second = await saveReturnDraft(alice, ctxOf(alice), period, { [a.id]: { "210100": box("160") } }, { [warnKey]: "新增两家企业入统" }, first.versions);
    expect(second.versions).toEqual({ [a.id]: 2 });
    const audits = async () => (await testPool().query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'return.draft_saved' AND entity_id = $1`, [period])).rows[0].n;
    const auditsBefore = await audits();
    const stale = saveReturnDraft(bob, ctxOf(bob), period, { [a.id]: { "210100": box("999") } }, {}, bobsCopy.draftVersions);
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", zh: expect.stringMatching(/^草稿已被 王丽 于 \d\d:\d\d 修改，请刷新后再保存。$/) });
    const kept = await prisma.returnDraft.findUnique({ where: { indicatorId_period: { indicatorId: a.id, period } } });
    expect(kept).toMatchObject({ cells: { "210100": box("160") }, explanations: { [warnKey]: "新增两家企业入统" }, version: 2, updatedById: alice.id });
    expect(await audits()).toBe(auditsBefore); // nothing written, nothing audited

    // Bob on the other indicator (Alice's untouched by him, so not sent) is saved beside hers
    const other = await saveReturnDraft(bob, ctxOf(bob), period, { [b.id]: { "210102": box("7") } }, {}, {});
    expect(other.versions).toEqual({ [b.id]: 1 });
    const both = (await loadReturn(testPool(), alice, period, "zh"))!;
    expect(both.draft).toEqual({ [a.id]: { "210100": box("160") }, [b.id]: { "210102": box("7") } });
    const audit = await testPool().query(`SELECT actor_id, data FROM audit_event WHERE action = 'return.draft_saved' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [period]);
    expect(audit.rows[0]).toMatchObject({ actor_id: bob.id, data: { indicators: [b.id], boxes: 1, versions: { [b.id]: 1 } } });

    // two first saves of the same new row: the second is refused, not merged over the first
    const c = await newTestIndicator({ dueDays: 20, departmentCode: dep.code });
    await saveReturnDraft(alice, ctxOf(alice), period, { [c.id]: { "210100": box("1") } }, {}, {});
    await expect(saveReturnDraft(bob, ctxOf(bob), period, { [c.id]: { "210100": box("2") } }, {}, {})).rejects.toMatchObject({ code: "CONFLICT" });

    // an explanation for a box outside the saved indicators is refused
    await expect(saveReturnDraft(bob, ctxOf(bob), period, { [b.id]: { "210102": box("8") } }, { [`YOY_BAND|${c.id}|210100|${period}`]: "x" }, other.versions)).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
