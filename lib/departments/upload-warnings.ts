// For the upload side: the department warnings of one upload, from the uploader and the
// indicators the file holds. Warnings only (代报 is normal); the caller adds them to the
// report's warnings.
import type { Queryable } from "@/lib/db/queryable";
import { departmentWarnings, type DepartmentWarning } from "./department-warning";
import { findUploaderDepartmentIds } from "./uploader-departments";

export async function uploadDepartmentWarnings(q: Queryable, uploaderId: number, indicatorIds: number[]): Promise<DepartmentWarning[]> {
  const mine = await findUploaderDepartmentIds(q, uploaderId);
  if (!mine.length || !indicatorIds.length) return [];
  const { rows } = await q.query<{ code: string; name_zh: string; department_id: number | null; dep_zh: string | null; dep_en: string | null }>(
    `SELECT i.code, i.name_zh, i.department_id, d.name_zh AS dep_zh, d.name_en AS dep_en
     FROM indicator i LEFT JOIN department d ON d.id = i.department_id
     WHERE i.id = ANY($1::int[]) ORDER BY i.sort_order, i.code`,
    [indicatorIds],
  );
  return departmentWarnings(
    mine,
    rows.map((r) => ({ code: r.code, nameZh: r.name_zh, departmentId: r.department_id, departmentZh: r.dep_zh ?? undefined, departmentEn: r.dep_en ?? undefined })),
  );
}
