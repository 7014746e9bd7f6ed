import { describe, expect, it } from "vitest";
import { can, canReadBatch, canReviewBatch, canSubmitBatch, canWithdrawBatch, type Actor } from "./permissions";
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, type Role } from "./roles";

const actor = (id: number, ...roles: Role[]): Actor => ({ id, username: `u${id}`, displayName: `u${id}`, roles });

describe("permission table", () => {
  it("gives anonymous users nothing", () => {
    for (const p of Object.values(PERMISSIONS)) expect(can(null, p)).toBe(false);
  });

  it("matches the table exactly for each single role", () => {
    const expected: Record<Role, string[]> = {
      uploader: ["batch:upload", "schedule:view"],
      reviewer: ["batch:read-all", "batch:review", "schedule:view", "schedule:remind"],
      admin: [
        "batch:read-all",
        "release:manage",
        "schedule:view",
        "schedule:remind",
        "catalogue:manage",
        "user:manage",
        "audit:view",
        "dashboard:view",
        "target:manage",
        "settings:manage",
      ],
      leader: ["dashboard:view"],
    };
    for (const r of ROLES) {
      const granted = Object.values(PERMISSIONS).filter((p) => can(actor(1, r), p));
      expect(granted.sort(), r).toEqual([...expected[r]].sort());
    }
  });

  it("never lets uploaders review, or leaders edit anything", () => {
    expect(can(actor(1, "uploader"), "batch:review")).toBe(false);
    for (const p of ROLE_PERMISSIONS.leader) expect(p).toBe("dashboard:view");
  });

  it("unions the permissions of several roles", () => {
    const both = actor(1, "uploader", "reviewer");
    expect(can(both, "batch:upload")).toBe(true);
    expect(can(both, "batch:review")).toBe(true);
    expect(can(both, "user:manage")).toBe(false);
  });
});

describe("batch rules", () => {
  const batch = { uploaderId: 7 };
  it("keeps four eyes: nobody reviews their own batch, even holding both roles", () => {
    expect(canReviewBatch(actor(7, "uploader", "reviewer"), batch)).toBe(false);
    expect(canReviewBatch(actor(8, "reviewer"), batch)).toBe(true);
    expect(canReviewBatch(actor(9, "uploader"), batch)).toBe(false);
  });
  it("lets only the uploader submit, and the uploader or a release manager withdraw", () => {
    expect(canSubmitBatch(actor(7, "uploader"), batch)).toBe(true);
    expect(canSubmitBatch(actor(8, "uploader"), batch)).toBe(false);
    expect(canWithdrawBatch(actor(9, "admin"), batch)).toBe(true);
    expect(canWithdrawBatch(actor(8, "reviewer"), batch)).toBe(false);
  });
  it("shows a batch to its uploader and to readers of all batches only", () => {
    expect(canReadBatch(actor(7, "uploader"), batch)).toBe(true);
    expect(canReadBatch(actor(8, "uploader"), batch)).toBe(false);
    expect(canReadBatch(actor(8, "reviewer"), batch)).toBe(true);
    expect(canReadBatch(actor(8, "leader"), batch)).toBe(false);
    expect(canReadBatch(null, batch)).toBe(false);
  });
});
