import { describe, expect, it } from "vitest";
import { endedTokenNotices, endedTokenReasonKey } from "./ended-tokens";

describe("tokens that ended with the user's credentials", () => {
  const now = new Date("2026-06-30T12:00:00Z");
  const at = (iso: string) => new Date(iso);

  it("groups the tokens each event ended, newest event first, and leaves out owner revocations and old events", () => {
    const notices = endedTokenNotices(
      [
        { name: "a", revokedAt: at("2026-06-20T08:00:00Z"), revokedReason: "password_reset" },
        { name: "b", revokedAt: at("2026-06-20T08:00:00Z"), revokedReason: "password_reset" },
        { name: "c", revokedAt: at("2026-06-25T08:00:00Z"), revokedReason: "password_changed" },
        { name: "mine", revokedAt: at("2026-06-26T08:00:00Z"), revokedReason: null },
        { name: "live", revokedAt: null, revokedReason: null },
        { name: "old", revokedAt: at("2026-04-01T08:00:00Z"), revokedReason: "disabled" },
      ],
      now,
    );
    expect(notices.map((n) => [n.messageKey, n.names])).toEqual([
      ["noticePasswordChanged", ["c"]],
      ["noticePasswordReset", ["a", "b"]],
    ]);
  });

  it("names the reason of each row, and none for a token its owner revoked", () => {
    expect(endedTokenReasonKey("password_changed")).toBe("endedPasswordChanged");
    expect(endedTokenReasonKey("password_reset")).toBe("endedPasswordReset");
    expect(endedTokenReasonKey("disabled")).toBe("endedDisabled");
    expect(endedTokenReasonKey(null)).toBeNull();
    expect(endedTokenReasonKey("toString")).toBeNull();
  });
});
