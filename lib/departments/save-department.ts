import "server-only";
// Creates or edits a supplying department, its contact person and its uploaders, in one
// transaction with a before/after audit event. The code is fixed once created: exported
// catalogue spreadsheets refer to departments by it.
import { writeAudit, type AuditContext, type Tx } from "@/lib/audit/write-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { bumpPublicVersion } from "@/lib/public/cache";
import type { TDepartment } from "./schema";

async function snapshot(tx: Tx, id: number) {
  const d = await tx.department.findUnique({
    where: { id },
    include: { users: { include: { user: { select: { username: true } } } } },
  });
  if (!d) return null;
  const { code, nameZh, nameEn, contactName, contactPhone, contactEmail } = d;
  return { code, nameZh, nameEn, contactName, contactPhone, contactEmail, members: d.users.map((u) => u.user.username).sort() };
}

async function assertUploaders(tx: Tx, ids: number[]): Promise<void> {
  if (!ids.length) return;
  const found = await tx.user.findMany({ where: { id: { in: ids }, roles: { has: "uploader" } }, select: { id: true } });
  if (found.length !== new Set(ids).size) {
    throw new AppError("INVALID_INPUT", "只能把具有“数据上传”角色的用户加入部门。", "Only users with the uploader role can be attached to a department.");
  }
}

/** `id` null creates a department. Returns its id. */
export async function saveDepartment(id: number | null, input: TDepartment, ctx: AuditContext): Promise<number> {
  return db().$transaction(async (tx) => {
    await assertUploaders(tx, input.memberIds);
    const fields = {
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      contactEmail: input.contactEmail,
    };
    let before = null;
    let depId: number;
    if (id === null) {
      if (await tx.department.findUnique({ where: { code: input.code } })) {
        throw new AppError("CONFLICT", `部门代码 ${input.code} 已存在。`, `Department code ${input.code} is taken.`);
      }
      depId = (await tx.department.create({ data: { code: input.code, ...fields } })).id;
    } else {
      await tx.$queryRaw`SELECT id FROM department WHERE id = ${id} FOR UPDATE`;
      before = await snapshot(tx, id);
      if (!before) throw new AppError("NOT_FOUND", "部门不存在。", "No such department.");
      await tx.department.update({ where: { id }, data: fields });
      depId = id;
    }
    await tx.userDepartment.deleteMany({ where: { departmentId: depId } });
    await tx.userDepartment.createMany({ data: [...new Set(input.memberIds)].map((userId) => ({ userId, departmentId: depId })) });
    const after = await snapshot(tx, depId);
    if (JSON.stringify(before) === JSON.stringify(after)) return depId;
    await writeAudit(tx, ctx, { action: "department.saved", entityType: "department", entityId: depId, data: { before, after } });
    await bumpPublicVersion(tx);
    return depId;
  });
}
