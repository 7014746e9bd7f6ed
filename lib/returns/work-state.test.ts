import { describe, expect, it } from "vitest";
import { workStatus } from "./work-state";

const at = (s: string) => new Date(s);
const open = { status: "overdue" as const, releaseAt: null };

describe("workStatus: the uploader's return in words", () => {
  it("nothing done yet is 未填报 whatever the calendar says", () => {
    expect(workStatus(open)).toEqual({ state: "none" });
    expect(workStatus({ status: "notDue", releaseAt: null })).toEqual({ state: "none" });
  });
  it("an online-return draft is 已保存 with who and when", () => {
    expect(workStatus(open, { by: "张三", at: at("2026-12-01T02:00:00Z") })).toEqual({ state: "saved", by: "张三", at: at("2026-12-01T02:00:00Z") });
  });
  it("a submitted batch is 已上报 even with a draft or an older rejection", () => {
    expect(workStatus({ status: "received", releaseAt: null }, { by: "a", at: at("2026-12-01") }, { by: "r", at: at("2026-11-01"), reason: "x" })).toEqual({
      state: "submitted",
    });
  });
  it("an uploaded batch not yet submitted is 已上传待提交 with the batch to submit, not 已上报", () => {
    const staged = { batchId: 7, status: "STAGED" as const, by: "统计员", at: at("2026-12-04") };
    expect(workStatus({ status: "received", releaseAt: null }, undefined, undefined, staged)).toEqual({ state: "staged", batchId: 7, by: "统计员", at: at("2026-12-04") });
    expect(workStatus({ status: "received", releaseAt: null }, undefined, undefined, { ...staged, status: "SUBMITTED" }).state).toBe("submitted");
  });
  it("a rejection is 退回 with the reviewer's reason unless a newer draft answers it", () => {
    const rej = { by: "审核员", at: at("2026-12-02"), reason: "总量与分项不符" };
    expect(workStatus(open, { by: "a", at: at("2026-12-01") }, rej)).toEqual({ state: "rejected", ...rej });
    expect(workStatus(open, undefined, rej)).toEqual({ state: "rejected", ...rej });
    expect(workStatus(open, { by: "a", at: at("2026-12-03") }, rej).state).toBe("saved");
  });
  it("approved is 已审核 with the release time; released is 已发布", () => {
    const r = at("2026-12-20T01:00:00Z");
    expect(workStatus({ status: "approved", releaseAt: r })).toEqual({ state: "approved", releaseAt: r });
    expect(workStatus({ status: "approved", releaseAt: null })).toEqual({ state: "approved", releaseAt: null });
    expect(workStatus({ status: "released", releaseAt: r }, { by: "a", at: at("2026-12-01") })).toEqual({ state: "released", releaseAt: r });
  });
});
