// Usage: ADMIN_PASSWORD=… npm run create-admin -- <username>
// The first administrator of an installation without demo data (DATABASE_URL, SEED_DEMO off).
import { resolveDatabase, prepareDatabase } from "../lib/db/ensure";
import { createPrisma } from "../lib/db/prisma";
import { hashPassword } from "../lib/auth/password";
import { endCredentials } from "../lib/auth/end-credentials";
import { ZPassword, ZUsername } from "../lib/users/schema";

const username = ZUsername.safeParse(process.argv[2]);
const password = ZPassword.safeParse(process.env.ADMIN_PASSWORD);
if (!username.success || !password.success) {
  console.error("usage: ADMIN_PASSWORD=<10+ characters> npm run create-admin -- <username>");
  process.exit(2);
}
const db = await resolveDatabase();
try {
  await prepareDatabase(db.url);
  const prisma = createPrisma(db.url, 1);
  await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { username: username.data } });
    const roles = [...new Set([...(existing?.roles ?? []), "admin" as const])];
    const passwordHash = await hashPassword(password.data);
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { roles, passwordHash, disabledAt: null } })
      : await tx.user.create({ data: { username: username.data, displayName: username.data, roles, passwordHash } });
    // a new password for an existing user ends what the old one opened (sessions, API tokens)
    if (existing) await endCredentials(tx, existing.id, "password_reset");
    await tx.auditEvent.create({
      data: { action: "user.created", actorName: "create-admin", entityType: "user", entityId: String(user.id), data: { username: user.username, roles: ["admin"] } },
    });
  });
  await prisma.$disconnect();
  console.log(`administrator ${username.data} is ready`);
} finally {
  await db.stop();
}
