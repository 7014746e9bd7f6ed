import { describe, expect, it } from "vitest";
import { departmentWarning, departmentWarnings } from "./department-warning";

describe("department warning", () => {
  it("warns, without blocking, when a department's uploader uploads another department's indicator", () => {
    const w = departmentWarning([2], 3, { indicator: "DE024 5G基站数", departmentZh: "辽宁省通信管理局", departmentEn: "Liaoning Communications Administration" });
    expect(w).toMatchObject({ code: "OTHER_DEPARTMENT" });
    expect(w!.zh).toContain("DE024 5G基站数");
    expect(w!.zh).toContain("由辽宁省通信管理局报送");
    expect(w!.en).toContain("Liaoning Communications Administration");
  });

  it("says nothing for one's own department, an indicator without a department, or an uploader without one", () => {
    expect(departmentWarning([2, 3], 3)).toBeNull();
    expect(departmentWarning([2], null)).toBeNull();
    expect(departmentWarning([], 3)).toBeNull();
  });

  it("groups a file's indicators by their department", () => {
    const ws = departmentWarnings([1], [
      { code: "DE024", nameZh: "5G基站数", departmentId: 3, departmentZh: "通信管理局" },
      { code: "DE026", nameZh: "千兆用户数", departmentId: 3, departmentZh: "通信管理局" },
      { code: "DE001", nameZh: "增加值", departmentId: 1 },
      { code: "DE032", nameZh: "机架数", departmentId: 4 },
    ]);
    expect(ws).toHaveLength(2);
    expect(ws[0].zh).toContain("DE024 5G基站数、DE026 千兆用户数");
  });
});
