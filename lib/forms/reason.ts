import { AppError } from "@/lib/errors";

// A reason staff must give (cancelling or moving a release, rejecting a batch): required, and
// no longer than the page lets one type. A longer one is refused with its limit, not cut short
// in the record while the audit event keeps the whole text.
export function requiredReason(raw: string, max: number, missing: { zh: string; en: string }): string {
  const why = raw.trim();
  if (!why) throw new AppError("INVALID_INPUT", missing.zh, missing.en);
  if (why.length > max) throw new AppError("INVALID_INPUT", `原因最多 ${max} 个字（现为 ${why.length} 个）。`, `The reason may be at most ${max} characters (it has ${why.length}).`);
  return why;
}
