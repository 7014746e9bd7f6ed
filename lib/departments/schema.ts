import { ZDbId } from "@/lib/http/path-id";
import { z } from "zod";

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过 ${max} 个字符 / At most ${max} characters`)
    .transform((s) => (s === "" ? null : s));

export const ZDepartment = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9-]{1,31}$/, "代码为 2–32 位小写字母、数字或连字符，以字母开头 / 2–32 lower-case letters, digits or -, starting with a letter"),
  nameZh: z.string().trim().min(1, "请填写中文名称 / Chinese name required").max(100),
  nameEn: z.string().trim().min(1, "请填写英文名称 / English name required").max(200),
  contactName: optional(100),
  contactPhone: optional(40).refine((s) => s === null || /^[\d+()\-\s转]{5,40}$/.test(s), "电话号码格式不正确 / Malformed phone number"),
  contactEmail: optional(200).refine((s) => s === null || z.email().safeParse(s).success, "电子邮箱格式不正确 / Malformed e-mail address"),
  memberIds: z.array(ZDbId).max(500),
});
export type TDepartment = z.infer<typeof ZDepartment>;

export function departmentFromForm(form: FormData) {
  const s = (k: string) => String(form.get(k) ?? "");
  return {
    code: s("code"),
    nameZh: s("nameZh"),
    nameEn: s("nameEn"),
    contactName: s("contactName"),
    contactPhone: s("contactPhone"),
    contactEmail: s("contactEmail"),
    memberIds: form.getAll("memberIds").map(String),
  };
}
