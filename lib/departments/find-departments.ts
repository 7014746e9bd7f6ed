import "server-only";
// Departments with their contact person, uploaders and number of indicators in use; and the
// uploaders that can be attached.
import { db } from "@/lib/db";

export async function findDepartments() {
  const rows = await db().department.findMany({
    orderBy: { id: "asc" },
    include: {
      users: { select: { userId: true } },
      _count: { select: { indicators: { where: { retiredAt: null } } } },
    },
  });
  return rows.map((d) => ({
    id: d.id,
    code: d.code,
    nameZh: d.nameZh,
    nameEn: d.nameEn,
    contactName: d.contactName,
    contactPhone: d.contactPhone,
    contactEmail: d.contactEmail,
    memberIds: d.users.map((u) => u.userId),
    indicatorCount: d._count.indicators,
  }));
}

export type DepartmentRow = Awaited<ReturnType<typeof findDepartments>>[number];

export function findUploaders() {
  return db().user.findMany({
    where: { roles: { has: "uploader" }, disabledAt: null },
    orderBy: { username: "asc" },
    select: { id: true, username: true, displayName: true },
  });
}
