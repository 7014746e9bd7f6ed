// The title and data period a release is announced under, as staff type them (the admin's
// calendar form, the reviewer's approval at a chosen time, the approve API).
import { z } from "zod";
import { parsePeriodCode } from "@/lib/period";

const text = (max: number) => z.string().trim().max(max, `最多 ${max} 字 / At most ${max} characters`);

export const ZReleasePeriod = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => parsePeriodCode(v) !== null, "数据时期格式如 2025Q3、2025M09 或 2025 / Period like 2025Q3, 2025M09 or 2025");

export const ZReleaseNaming = z.object({
  titleZh: text(200).min(2, "请填写发布标题（至少2个字） / Title required"),
  titleEn: text(200).optional().transform((v) => v || null),
  period: ZReleasePeriod,
});
export type TReleaseNaming = z.infer<typeof ZReleaseNaming>;
