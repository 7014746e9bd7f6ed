// Writes the demo users and the demo data of "today" (lib/demo/generate.ts). Demo data goes
// through the same tables as real data: a release on the calendar, batches uploaded by
// `uploader` for the supplying departments and approved by `reviewer`, flagged is_demo so that
// every page showing it can mark it 示例数据.
//
// The first start seeds the demo of its day. A later start extends it to the new day with
// what has happened since (generateDemo of a later day is the earlier one plus new events):
// new releases on the calendar, batches that have arrived, batches reviewed since (SUBMITTED
// → APPROVED into their release), next year's targets. Nothing that exists is changed
// otherwise: released values stay as they are, and anything staff did to the demo (a release
// moved or cancelled, a batch rejected) is left alone.
import type { Db } from "@/lib/db/prisma";
import type { Tx } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/password";
import { bumpPublicVersion } from "@/lib/public/public-version";
import { mustParsePeriod, periodEnd, isoDate } from "@/lib/period";
import { generateDemo, type Demo } from "./generate";
import { demoToday } from "./demo-today";
import { seedDemoConfidential } from "@/lib/disclosure/demo-confidential";
import { seedDemoContacts } from "./demo-contacts";

export const DEMO_USERS = [
  { username: "admin", displayName: "系统管理员", roles: ["admin"] },
  { username: "uploader", displayName: "统计员（上传）", roles: ["uploader"] },
  { username: "reviewer", displayName: "审核发布员", roles: ["reviewer"] },
  { username: "leader", displayName: "市领导", roles: ["leader"] },
] as const;

export const DEFAULT_DEMO_PASSWORD = "demo-2025";

/** Demo batches are known by their checksum: this prefix and the batch's key in the demo. */
const CHECKSUM = "demo:v2:";

export async function seedDemoUsers(prisma: Db, password: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const u of DEMO_USERS) {
    const existing = await prisma.user.findUnique({ where: { username: u.username } });
    if (existing) {
      ids.set(u.username, existing.id);
      continue;
    }
    const passwordHash = await hashPassword(password);
    // the user and its audit event together, or neither
    const created = await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { username: u.username, displayName: u.displayName, roles: [...u.roles], passwordHash },
      });
      await tx.auditEvent.create({
        data: { action: "user.created", actorName: "system", entityType: "user", entityId: String(user.id), data: { username: u.username, roles: [...u.roles], demo: true } },
      });
      return user;
    });
    ids.set(u.username, created.id);
  }
  return ids;
}

export type SeedResult = {
  /** "seeded": a first demo; "extended": a later day's events added; "unchanged"; "legacy": an older fixed demo left alone */
  outcome: "seeded" | "extended" | "unchanged" | "legacy";
  today: string;
  releases: number;
  batches: number;
  approved: number;
  observations: number;
};

export async function seedDemoData(prisma: Db, password: string, today: string = demoToday()): Promise<SeedResult> {
  const users = await seedDemoUsers(prisma, password);
  const existing = await prisma.batch.findMany({ where: { isDemo: true }, select: { id: true, checksum: true, status: true, releaseId: true } });
  const none: SeedResult = { outcome: "unchanged", today, releases: 0, batches: 0, approved: 0, observations: 0 };
  if (existing.length && !existing.some((b) => b.checksum.startsWith(CHECKSUM))) return { ...none, outcome: "legacy" };

  const demo = generateDemo(today);
  const last = await prisma.auditEvent.findFirst({ where: { action: { in: ["demo.seeded", "demo.extended"] } }, orderBy: { id: "desc" }, select: { data: true } });
  const lastDay = (last?.data as { today?: string } | null)?.today ?? null;
  // targets are set once a year: a target staff deleted stays deleted
  const withTargets = !lastDay || lastDay.slice(0, 4) < today.slice(0, 4);
  const seeded = await prisma.$transaction(
    async (tx): Promise<SeedResult> => {
      const result = await extend(tx, demo, users, new Map(existing.map((b) => [b.checksum.slice(CHECKSUM.length), b])), withTargets);
      if (!result.releases && !result.batches && !result.approved && !result.targets) return none;
      const first = !existing.length;
      // a district under the unit threshold, withheld with its complementary cells: first seed only
      const confidential = first ? await seedDemoConfidential(tx) : null;
      if (first) await seedDemoContacts(tx);
      await tx.auditEvent.create({
        data: {
          action: first ? "demo.seeded" : "demo.extended",
          actorName: "system",
          data: { today, releases: result.releases, batches: result.batches, approved: result.approved, observations: result.observations, targets: result.targets, ...(confidential ? { confidential } : {}) },
        },
      });
      await bumpPublicVersion(tx);
      return { outcome: first ? "seeded" : "extended", today, releases: result.releases, batches: result.batches, approved: result.approved, observations: result.observations };
    },
    { timeout: 300_000 },
  );
  // Planner statistics now, not when autovacuum comes by (up to a minute later): on a database
  // just seeded, with none, the open API's indicator list chose nested scans and took minutes.
  if (seeded.outcome === "seeded" || seeded.outcome === "extended") await prisma.$executeRawUnsafe("ANALYZE");
  return seeded;
}

type Existing = { id: number; status: string; releaseId: number | null };

async function extend(tx: Tx, demo: Demo, users: Map<string, number>, batchesByKey: Map<string, Existing>, withTargets: boolean) {
  const indicators = new Map((await tx.indicator.findMany({ select: { code: true, id: true } })).map((i) => [i.code, i.id]));
  const departments = new Map((await tx.department.findMany({ select: { code: true, id: true } })).map((d) => [d.code, d.id]));
  const id = (code: string) => {
    const v = indicators.get(code);
    if (v === undefined) throw new Error(`demo: indicator ${code} is not in the catalogue`);
    return v;
  };

  // releases: the demo's own are known by title and period (a release staff planned under the
  // same title is the same release)
  const known = await tx.release.findMany({ select: { id: true, titleZh: true, period: true, cancelledAt: true } });
  const releaseByKey = new Map<string, { id: number; cancelled: boolean }>();
  const byTitle = new Map(known.map((r) => [`${r.titleZh}|${r.period}`, r]));
  const fresh = demo.releases.filter((r) => {
    const k = byTitle.get(`${r.titleZh}|${r.period}`);
    if (k) releaseByKey.set(r.key, { id: k.id, cancelled: k.cancelledAt !== null });
    return !k;
  });
  if (fresh.length) {
    const created = await tx.release.createManyAndReturn({
      data: fresh.map((r) => ({ titleZh: r.titleZh, titleEn: r.titleEn, period: r.period, releaseAt: new Date(r.releaseAt), createdAt: new Date(Date.parse(r.releaseAt) - 90 * 86400_000) })),
      select: { id: true },
    });
    fresh.forEach((r, i) => releaseByKey.set(r.key, { id: created[i].id, cancelled: false }));
    await tx.releaseIndicator.createMany({
      data: fresh.flatMap((r) => r.indicators.map((code) => ({ releaseId: releaseByKey.get(r.key)!.id, indicatorId: id(code) }))),
      skipDuplicates: true,
    });
  }

  // batches reviewed since the last start: approved into their release
  let approved = 0;
  for (const b of demo.batches) {
    const had = batchesByKey.get(b.key);
    const rel = releaseByKey.get(b.release)!;
    if (!had || had.status !== "SUBMITTED" || b.status !== "APPROVED" || rel.cancelled) continue;
    await tx.batch.update({ where: { id: had.id }, data: { status: "APPROVED", reviewerId: users.get("reviewer"), reviewedAt: new Date(b.reviewedAt!), releaseId: rel.id } });
    approved++;
  }

  // batches that have arrived since
  const newBatches = demo.batches.filter((b) => !batchesByKey.has(b.key));
  const rowsOf = new Map<string, typeof demo.observations>();
  for (const o of demo.observations) if (!batchesByKey.has(o.batch)) rowsOf.set(o.batch, [...(rowsOf.get(o.batch) ?? []), o]);
  let observations = 0;
  if (newBatches.length) {
    const created = await tx.batch.createManyAndReturn({
      data: newBatches.map((b) => {
        const rel = releaseByKey.get(b.release)!;
        const isApproved = b.status === "APPROVED" && !rel.cancelled;
        const rows = rowsOf.get(b.key)?.length ?? 0;
        return {
          fileName: b.fileName,
          checksum: `${CHECKSUM}${b.key}`,
          sizeBytes: rows * 42,
          encoding: "UTF-8",
          delimiter: ",",
          layout: "long",
          rowCount: rows,
          status: isApproved ? ("APPROVED" as const) : ("SUBMITTED" as const),
          isDemo: true,
          uploaderId: users.get("uploader"),
          departmentId: departments.get(b.department) ?? null,
          createdAt: new Date(b.receivedAt),
          submittedAt: new Date(Date.parse(b.receivedAt) + 5 * 60_000),
          reviewerId: isApproved ? users.get("reviewer") : null,
          reviewedAt: isApproved ? new Date(b.reviewedAt!) : null,
          releaseId: isApproved ? rel.id : null,
          revisionReason: b.revisionReason ?? null,
        };
      }),
      select: { id: true },
    });
    const batchId = new Map(newBatches.map((b, i) => [b.key, created[i].id]));
    const rows = newBatches.flatMap((b) => rowsOf.get(b.key) ?? []);
    observations = rows.length;
    const ends = new Map<string, string>();
    const endOf = (p: string) => ends.get(p) ?? (ends.set(p, isoDate(periodEnd(mustParsePeriod(p)))), ends.get(p)!);
    // one statement for all values: INSERT … SELECT FROM unnest (the bulk path, not row by row)
    await tx.$executeRaw`
      INSERT INTO observation (batch_id, indicator_id, region_code, period, period_end, value, flag)
      SELECT b, i, r, p, e::date, v::numeric, f::observation_flag
      FROM unnest(${rows.map((o) => batchId.get(o.batch)!)}::int[], ${rows.map((o) => id(o.indicator))}::int[], ${rows.map((o) => o.region)}::text[],
                  ${rows.map((o) => o.period)}::text[], ${rows.map((o) => endOf(o.period))}::text[],
                  ${rows.map((o) => o.value)}::text[], ${rows.map((o) => o.flag ?? null)}::text[]) AS t(b, i, r, p, e, v, f)`;
  }

  // this year's targets, unless staff have set their own
  const targets = !withTargets ? { count: 0 } : await tx.target.createMany({
    data: demo.targets.map((t) => ({
      indicatorId: id(t.indicator),
      regionCode: t.region,
      year: t.year,
      value: t.value,
      baseYear: t.baseYear,
      baseValue: t.baseValue,
      deadline: new Date(`${t.deadline}T00:00:00Z`),
      source: t.source,
    })),
    skipDuplicates: true,
  });

  return { releases: fresh.length, batches: newBatches.length, approved, observations, targets: targets.count };
}
