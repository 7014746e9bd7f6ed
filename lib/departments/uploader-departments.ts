// The departments an uploader is attached to: the first argument of departmentWarning().
import type { Queryable } from "@/lib/db/queryable";

export async function findUploaderDepartmentIds(q: Queryable, userId: number): Promise<number[]> {
  const { rows } = await q.query<{ department_id: number }>(
    "SELECT department_id FROM user_department WHERE user_id = $1 ORDER BY department_id",
    [userId],
  );
  return rows.map((r) => r.department_id);
}
