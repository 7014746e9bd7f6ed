// The upload-side department check: an uploader attached to departments who uploads an
// indicator another department supplies gets a warning, never a block (the bureau often
// uploads on another department's behalf). Pure.

export type DepartmentWarning = { code: "OTHER_DEPARTMENT"; zh: string; en: string };

export type DepartmentNames = {
  indicator?: string; // e.g. "DE024 5G基站数"
  departmentZh?: string; // the supplying department
  departmentEn?: string;
};

/**
 * null when there is nothing to say: the uploader belongs to no department (bureau staff
 * upload for everyone), the indicator has no supplying department, or it is one of theirs.
 */
export function departmentWarning(
  uploaderDepartmentIds: readonly number[],
  indicatorDepartmentId: number | null,
  names: DepartmentNames = {},
): DepartmentWarning | null {
  if (!uploaderDepartmentIds.length || indicatorDepartmentId === null) return null;
  if (uploaderDepartmentIds.includes(indicatorDepartmentId)) return null;
  const what = names.indicator ? `指标“${names.indicator}”` : "该指标";
  const whatEn = names.indicator ? `Indicator ${names.indicator}` : "This indicator";
  const dep = names.departmentZh ? `由${names.departmentZh}报送` : "由其他部门报送";
  const depEn = names.departmentEn ? `is supplied by ${names.departmentEn}` : "is supplied by another department";
  return {
    code: "OTHER_DEPARTMENT",
    zh: `${what}${dep}，不属于您所在的部门。如为代报，可继续提交。`,
    en: `${whatEn} ${depEn}, not by your department. If you are uploading on its behalf, you may continue.`,
  };
}

export type UploadedIndicator = { code: string; nameZh: string; departmentId: number | null; departmentZh?: string; departmentEn?: string };

/** One warning per other department, naming its indicators (for a whole uploaded file). */
export function departmentWarnings(uploaderDepartmentIds: readonly number[], indicators: readonly UploadedIndicator[]): DepartmentWarning[] {
  const byDepartment = new Map<number, UploadedIndicator[]>();
  for (const i of indicators) {
    if (!departmentWarning(uploaderDepartmentIds, i.departmentId)) continue;
    const list = byDepartment.get(i.departmentId!) ?? [];
    list.push(i);
    byDepartment.set(i.departmentId!, list);
  }
  return [...byDepartment.entries()].map(([id, list]) =>
    departmentWarning(uploaderDepartmentIds, id, {
      indicator: list.map((i) => `${i.code} ${i.nameZh}`).join("、"),
      departmentZh: list[0].departmentZh,
      departmentEn: list[0].departmentEn,
    })!,
  );
}
