import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { newTestIndicator } from "@/lib/catalogue/test-db-helpers";
import { clockAt } from "@/lib/schedule/clock";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { startMailbox, type ReceivedMail } from "@/lib/test/mailbox";
import { requireMailer } from "./mailer";
import { sendReminder } from "./send-reminder";

// A real SMTP server receives what the product sends (lib/test/mailbox.ts).
let inbox: ReceivedMail[] = [];
let close = async () => {};
let port = 0;
const mailer = () => ({ url: `smtp://127.0.0.1:${port}`, from: "沈阳市统计局 <tjj@example.org>" });
const clock = clockAt(new Date());

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const p = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return p;
}

async function departmentOwing(email: string | null) {
  const prisma = testPrisma();
  const dep = await prisma.department.create({ data: { code: unique("d"), nameZh: "测试催报部门", nameEn: "Reminded dept", contactEmail: email } });
  const { fields } = await newTestIndicator({ dueDays: 20, departmentCode: dep.code });
  return { dep, code: fields.code };
}

describe("催报: a reminder e-mail to a department that owes returns", () => {
  beforeAll(async () => {
    const box = await startMailbox();
    ({ inbox, port, close } = box);
  });
  afterAll(async () => {
    await close();
    await testPrisma().$disconnect();
    await testPool().end();
  });

  it("sends the list of returns not received to the contact, and logs it with an audit event", async () => {
    const { dep, code } = await departmentOwing("contact@example.org");
    const r = await sendReminder(dep.id, SYSTEM_CONTEXT, { clock, siteUrl: "https://tj.example.org", mailer: mailer() });
    expect(r.recipient).toBe("contact@example.org");
    const mail = inbox.at(-1)!;
    expect(mail.to).toEqual(["contact@example.org"]);
    expect(mail.subject).toMatch(/测试催报部门/);
    expect(mail.text).toContain(`（${code}）`);
    expect(mail.text).toContain("https://tj.example.org/returns/");
    const log = await testPrisma().reminder.findMany({ where: { departmentId: dep.id } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ status: "sent", recipient: "contact@example.org", error: null });
    const audit = await testPrisma().auditEvent.findFirst({ where: { action: "reminder.sent", entityId: dep.code } });
    expect(audit?.data).toMatchObject({ reminder: log[0].id, recipient: "contact@example.org" });

    // a second click within minutes sends nothing more
    const before = inbox.length;
    await expect(sendReminder(dep.id, SYSTEM_CONTEXT, { clock, siteUrl: "", mailer: mailer() })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(inbox.length).toBe(before);
  });

  it("logs a failed reminder when the mail server does not answer, and says so", async () => {
    const { dep } = await departmentOwing("contact2@example.org");
    const down = { url: `smtp://127.0.0.1:${await closedPort()}`, from: "tjj@example.org" };
    const err = await sendReminder(dep.id, SYSTEM_CONTEXT, { clock, siteUrl: "", mailer: down }).catch((e) => e);
    expect(err).toMatchObject({ code: "UNAVAILABLE" });
    expect(err.zh).toMatch(/催报邮件发送失败（已记入催报记录）/);
    const log = await testPrisma().reminder.findMany({ where: { departmentId: dep.id } });
    expect(log.map((l) => l.status)).toEqual(["failed"]);
    expect(log[0].error).toBeTruthy();
    expect(await testPrisma().auditEvent.count({ where: { action: "reminder.failed", entityId: dep.code } })).toBe(1);
  });

  it("refuses, sending and logging nothing, without a contact e-mail, with nothing owed, or without a mail server", async () => {
    const before = inbox.length;
    const { dep } = await departmentOwing(null);
    await expect(sendReminder(dep.id, SYSTEM_CONTEXT, { clock, siteUrl: "", mailer: mailer() })).rejects.toMatchObject({ code: "INVALID_INPUT", zh: expect.stringMatching(/未登记联系邮箱/) });
    const idle = await testPrisma().department.create({ data: { code: unique("d"), nameZh: "无报送任务部门", nameEn: "Idle", contactEmail: "idle@example.org" } });
    await expect(sendReminder(idle.id, SYSTEM_CONTEXT, { clock, siteUrl: "", mailer: mailer() })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(() => requireMailer({} as NodeJS.ProcessEnv)).toThrow(/SMTP_URL/);
    expect(inbox.length).toBe(before);
    expect(await testPrisma().reminder.count({ where: { departmentId: { in: [dep.id, idle.id] } } })).toBe(0);
  });
});
