import { describe, expect, it } from "vitest";
import { methodologyNoteText } from "./methodology";

describe("methodology note text", () => {
  const definition = { field: "definition" as const, before: "按法人单位统计", after: "按产业活动单位统计" };

  it("says in Chinese what changed, from when, and that earlier releases keep their meaning", () => {
    const t = methodologyNoteText([definition, { field: "decimals", before: 1, after: 2 }], "2026-03-05", { zh: "与国家统计局口径一致" });
    expect(t).toEqual({
      textZh:
        "自2026年3月5日起，本指标口径调整：指标定义由“按法人单位统计”改为“按产业活动单位统计”。调整说明：与国家统计局口径一致。此前已发布的数据仍按原口径编制，不作追溯调整。",
      textEn: null,
    });
  });

  it("adds English when an English explanation is given, and lists method-note changes too", () => {
    const t = methodologyNoteText([definition, { field: "methodNotes", before: null, after: "季度推算" }], "2026-03-05", { en: "Aligned with NBS." });
    expect(t!.textZh).toContain("方法说明由“—”改为“季度推算”");
    expect(t!.textEn).toBe(
      "From 2026-03-05, the definition changed from “按法人单位统计” to “按产业活动单位统计”; the method notes changed from “—” to “季度推算”. Aligned with NBS. Values released earlier keep their original basis and are not revised for this change.",
    );
  });

  it("needs no note for changes that do not alter meaning", () => {
    expect(methodologyNoteText([{ field: "nameEn", before: "a", after: "b" }], "2026-03-05")).toBeNull();
  });
});
