import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { canonicalUsername } from "@/lib/auth/username";

export const ZUsername = z
  .string()
  .transform(canonicalUsername)
  .pipe(z.string().regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, "用户名为 2–32 位小写字母、数字、点、下划线或连字符 / 2–32 lower-case letters, digits, . _ -"));

export const ZPassword = z
  .string()
  .min(10, "密码至少 10 位 / At least 10 characters")
  .max(200, "密码过长 / Too long");

export const ZRoles = z.array(z.enum(ROLES)).min(1, "至少选择一个角色 / Choose at least one role");

export const ZCreateUser = z.object({
  username: ZUsername,
  displayName: z.string().trim().min(1, "请填写姓名 / Name required").max(100),
  password: ZPassword,
  roles: ZRoles,
});
export type TCreateUser = z.infer<typeof ZCreateUser>;
