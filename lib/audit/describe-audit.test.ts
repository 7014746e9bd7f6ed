import { describe, expect, it } from "vitest";
import { actionLabel } from "./audit-labels";
import { describeAuditData } from "./describe-audit";
import { AUDIT_ACTIONS } from "./write-audit";

describe("audit details as people read them", () => {
  it("names every action in Chinese and English", () => {
    expect(actionLabel("auth.sign_in", "zh")).toBe("登录");
    expect(actionLabel("auth.sign_in", "en")).toBe("Signed in");
    for (const a of AUDIT_ACTIONS) expect(actionLabel(a, "zh"), a).not.toBe(a);
    expect(actionLabel("some.future_action", "zh")).toBe("some.future_action");
  });
  it("shows changed fields as before → after and leaves unchanged ones out", () => {
    const lines = describeAuditData("indicator.updated", { code: "DE001", source: "form", before: { unit: "亿元", dueDays: 20, nameZh: "甲" }, after: { unit: "万元", dueDays: 25, nameZh: "甲" } }, "zh");
    expect(lines).toEqual([
      { label: "计量单位", before: "亿元", after: "万元" },
      { label: "报送时限（天）", before: "20", after: "25" },
      { label: "代码", value: "DE001" },
      { label: "来源", value: "表单" },
    ]);
  });
  it("reads roles, booleans, times and deletions in words", () => {
    expect(describeAuditData("user.roles_changed", { before: ["uploader"], after: ["uploader", "reviewer"] }, "zh")).toEqual([{ label: "角色", before: "数据上传", after: "数据上传、审核发布" }]);
    // a username is a name, even one spelled like a role
    expect(describeAuditData("user.created", { username: "leader", roles: ["leader"] }, "zh")).toEqual([
      { label: "用户名", value: "leader" },
      { label: "角色", value: "领导查看" },
    ]);
    expect(describeAuditData("setting.changed", { before: false, after: true }, "en")).toEqual([{ label: "Value", before: "no", after: "yes" }]);
    expect(describeAuditData("release.moved", { from: "2026-01-10T02:00:00.000Z", to: "2026-01-12T02:00:00.000Z", reason: "核实" }, "zh")).toEqual([
      { label: "发布时间", before: "2026/01/10 10:00", after: "2026/01/12 10:00" },
      { label: "原因", value: "核实" },
    ]);
    expect(describeAuditData("target.deleted", { before: { value: "100", year: 2026 }, after: null }, "zh")).toEqual([
      { label: "目标值", before: "100", after: "—" },
      { label: "年份", before: "2026", after: "—" },
    ]);
    expect(describeAuditData("batch.approved", { releaseId: 7, revisionReason: "CORRECTION", revised: 2 }, "zh")).toEqual([
      { label: "发布", value: "7" },
      { label: "修订原因", value: "更正差错" },
      { label: "修订数值", value: "2" },
    ]);
    expect(describeAuditData("auth.sign_in", null, "zh")).toEqual([]);
  });
});
