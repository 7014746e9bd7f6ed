// Writes the demo users and the synthetic demo data (lib/demo/generate.ts) once.
// Demo data goes through the same tables as real data: one approved batch per release,
// uploaded by `uploader` and approved by `reviewer`, flagged is_demo so that every page
// showing it can mark it 示例数据.
import type { Db } from "@/lib/db/prisma";
import { hashPassword } from "@/lib/auth/password";
import { mustParsePeriod, periodEnd, isoDate } from "@/lib/period";
import { generateDemo } from "./generate";

export const DEMO_USERS = [
  { username: "admin", displayName: "系统管理员", roles: ["admin"] },
  { username: "uploader", displayName: "统计员（上传）", roles: ["uploader"] },
  { username: "reviewer", displayName: "审核发布员", roles: ["reviewer"] },
  { username: "leader", displayName: "市领导", roles: ["leader"] },
] as const;

export const DEFAULT_DEMO_PASSWORD = "demo-2025";

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

export async function seedDemoData(prisma: Db, password: string): Promise<{ seeded: boolean; observations: number }> {
  const users = await seedDemoUsers(prisma, password);
  if (await prisma.batch.findFirst({ where: { isDemo: true }, select: { id: true } })) {
    return { seeded: false, observations: 0 };
  }
  const { observations, releases } = generateDemo();
  const indicators = new Map((await prisma.indicator.findMany({ select: { code: true, id: true } })).map((i) => [i.code, i.id]));

  await prisma.$transaction(
    async (tx) => {
      for (const rel of releases) {
        const release = await tx.release.create({
          data: {
            titleZh: rel.titleZh,
            titleEn: rel.titleEn,
            period: rel.period,
            releaseAt: new Date(rel.releaseAt),
            indicators: { create: rel.indicators.map((code) => ({ indicatorId: indicators.get(code)! })) },
          },
        });
        const at = new Date(rel.releaseAt);
        const batch = await tx.batch.create({
          data: {
            fileName: `demo-${rel.key}.csv`,
            checksum: `demo-${rel.key}`,
            status: "APPROVED",
            isDemo: true,
            uploaderId: users.get("uploader"),
            reviewerId: users.get("reviewer"),
            createdAt: new Date(at.getTime() - 3 * 86400_000),
            submittedAt: new Date(at.getTime() - 2 * 86400_000),
            reviewedAt: new Date(at.getTime() - 86400_000),
            releaseId: release.id,
            revisionReason: rel.revisionReason ?? null,
          },
        });
        const rows = observations.filter((o) => o.release === rel.key);
        // one statement per release: INSERT … SELECT FROM unnest (the bulk path, not row by row)
        await tx.$executeRaw`
          INSERT INTO observation (batch_id, indicator_id, region_code, period, period_end, value, flag)
          SELECT ${batch.id}, i, r, p, e::date, v::numeric, f::observation_flag
          FROM unnest(${rows.map((o) => indicators.get(o.indicator)!)}::int[], ${rows.map((o) => o.region)}::text[],
                      ${rows.map((o) => o.period)}::text[], ${rows.map((o) => isoDate(periodEnd(mustParsePeriod(o.period))))}::text[],
                      ${rows.map((o) => o.value)}::text[], ${rows.map((o) => o.flag ?? null)}::text[]) AS t(i, r, p, e, v, f)`;
      }
      await tx.auditEvent.create({
        data: { action: "demo.seeded", actorName: "system", data: { releases: releases.length, observations: observations.length } },
      });
    },
    { timeout: 120_000 },
  );
  return { seeded: true, observations: observations.length };
}
