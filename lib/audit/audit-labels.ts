// What the audit log calls each action and each field of its details, in Chinese and English.
// Typed against AUDIT_ACTIONS: an action added there without a name here fails the typecheck.
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { AuditAction } from "./write-audit";

type Words = { zh: string; en: string };

export const ACTION_LABELS: Record<AuditAction, Words> = {
  "auth.sign_in": { zh: "登录", en: "Signed in" },
  "auth.sign_in_failed": { zh: "登录失败", en: "Sign-in failed" },
  "auth.sign_in_throttled": { zh: "登录被限制（尝试过多）", en: "Sign-in throttled (too many attempts)" },
  "auth.sign_out": { zh: "退出登录", en: "Signed out" },
  "auth.password_changed": { zh: "修改密码", en: "Changed password" },
  "token.created": { zh: "创建 API 令牌", en: "Created an API token" },
  "token.revoked": { zh: "吊销 API 令牌", en: "Revoked an API token" },
  "user.created": { zh: "新建用户", en: "Created a user" },
  "user.disabled": { zh: "停用用户", en: "Disabled a user" },
  "user.enabled": { zh: "启用用户", en: "Enabled a user" },
  "user.roles_changed": { zh: "修改用户角色", en: "Changed a user's roles" },
  "user.password_reset": { zh: "重置用户密码", en: "Reset a user's password" },
  "batch.staged": { zh: "上传并暂存批次", en: "Uploaded and staged a batch" },
  "batch.failed": { zh: "批次处理失败", en: "Batch failed" },
  "batch.submitted": { zh: "提交审核", en: "Submitted for review" },
  "batch.approved": { zh: "批准批次", en: "Approved a batch" },
  "batch.rejected": { zh: "退回批次", en: "Rejected a batch" },
  "batch.withdrawn": { zh: "撤回批次", en: "Withdrew a batch" },
  "batch.released": { zh: "批次数据公开", en: "Batch released to the public" },
  "batch.returned_to_review": { zh: "批次退回待审核（发布取消）", en: "Batch back in review (release cancelled)" },
  "return.draft_saved": { zh: "保存在线填报草稿", en: "Saved an online return draft" },
  "observation.revised": { zh: "修订已发布数值", en: "Revised published values" },
  "release.planned": { zh: "排定发布", en: "Planned a release" },
  "release.moved": { zh: "调整发布时间", en: "Moved a release" },
  "release.cancelled": { zh: "取消发布", en: "Cancelled a release" },
  "release.named": { zh: "补全发布标题和数据时期", en: "Named a release from its data" },
  "indicator.created": { zh: "新增指标", en: "Created an indicator" },
  "indicator.updated": { zh: "修改指标", en: "Changed an indicator" },
  "indicator.retired": { zh: "停用指标", en: "Retired an indicator" },
  "catalogue.imported": { zh: "导入指标目录", en: "Imported the catalogue" },
  "catalogue.reference_updated": { zh: "按参考目录更新未改动的指标说明", en: "Updated untouched indicator texts from the reference catalogue" },
  "department.saved": { zh: "保存报送部门", en: "Saved a department" },
  "reminder.sent": { zh: "发送催报", en: "Sent a reminder" },
  "reminder.failed": { zh: "催报发送失败", en: "A reminder failed" },
  "target.saved": { zh: "保存目标", en: "Saved a target" },
  "target.deleted": { zh: "删除目标", en: "Deleted a target" },
  "setting.changed": { zh: "修改系统设置", en: "Changed a setting" },
  "prerelease.viewed": { zh: "查看未发布数据（发布前授权）", en: "Viewed unreleased data (pre-release access)" },
  "disclosure.rule_saved": { zh: "设置保密规则", en: "Set a disclosure rule" },
  "disclosure.relation_saved": { zh: "声明汇总关系", en: "Declared a sum relation" },
  "disclosure.relation_deleted": { zh: "删除汇总关系", en: "Deleted a sum relation" },
  "rule.changed": { zh: "修改审核规则", en: "Changed a validation rule" },
  "batch.blocked_by_rule": { zh: "强制性审核未通过，未暂存", en: "Stopped by a hard validation rule" },
  "batch.explained": { zh: "填写核实说明", en: "Explained rule findings" },
  "disclosure.secondary_chosen": { zh: "改选辅助保密数值", en: "Chose another complementary value" },
  "demo.seeded": { zh: "载入示例数据", en: "Loaded the demo data" },
  "demo.extended": { zh: "示例数据延续到今天", en: "Extended the demo data to today" },
};

export const ENTITY_LABELS: Record<string, Words> = {
  batch: { zh: "批次", en: "Batch" },
  release: { zh: "发布", en: "Release" },
  user: { zh: "用户", en: "User" },
  api_token: { zh: "API 令牌", en: "API token" },
  indicator: { zh: "指标", en: "Indicator" },
  catalogue: { zh: "指标目录", en: "Catalogue" },
  department: { zh: "部门", en: "Department" },
  target: { zh: "目标", en: "Target" },
  setting: { zh: "设置", en: "Setting" },
  disclosure_rule: { zh: "保密规则", en: "Disclosure rule" },
  sum_relation: { zh: "汇总关系", en: "Sum relation" },
};

/** Names of detail fields; a field without one is shown by its key. */
export const FIELD_LABELS: Record<string, Words> = {
  reason: { zh: "原因", en: "Reason" },
  disclosure: { zh: "不公开数值（主保密与辅助保密）", en: "Withheld values (primary and complementary)" },
  releaseAt: { zh: "发布时间", en: "Release time" },
  releaseId: { zh: "发布", en: "Release" },
  forBatch: { zh: "批次", en: "Batch" },
  batches: { zh: "批次", en: "Batches" },
  titleZh: { zh: "标题", en: "Title" },
  titleEn: { zh: "英文标题", en: "English title" },
  period: { zh: "数据时期", en: "Data period" },
  fileName: { zh: "文件", en: "File" },
  rows: { zh: "数值个数", en: "Values" },
  checksum: { zh: "校验和", en: "Checksum" },
  warnings: { zh: "提示", en: "Warnings" },
  revised: { zh: "修订数值", en: "Values revised" },
  values: { zh: "数值个数", en: "Values" },
  revisionReason: { zh: "修订原因", en: "Revision reason" },
  username: { zh: "用户名", en: "Username" },
  roles: { zh: "角色", en: "Roles" },
  by: { zh: "依据", en: "By" },
  userId: { zh: "用户", en: "User" },
  name: { zh: "名称", en: "Name" },
  code: { zh: "代码", en: "Code" },
  source: { zh: "来源", en: "Source" },
  demo: { zh: "示例", en: "Demo" },
  indicatorCodes: { zh: "涉及指标", en: "Indicators" },
  methodologyNoteId: { zh: "方法说明", en: "Methodology note" },
  counts: { zh: "数量", en: "Counts" },
  added: { zh: "新增", en: "Added" },
  changed: { zh: "修改", en: "Changed" },
  retired: { zh: "停用", en: "Retired" },
  restored: { zh: "恢复", en: "Restored" },
  sha256: { zh: "校验和", en: "Checksum" },
  format: { zh: "格式", en: "Format" },
  encoding: { zh: "编码", en: "Encoding" },
  observations: { zh: "数值个数", en: "Values" },
  releases: { zh: "发布次数", en: "Releases" },
  value: { zh: "目标值", en: "Value" },
  year: { zh: "年份", en: "Year" },
  nameZh: { zh: "名称", en: "Name" },
  nameEn: { zh: "英文名称", en: "English name" },
  unit: { zh: "计量单位", en: "Unit" },
  frequency: { zh: "频率", en: "Frequency" },
  definition: { zh: "定义", en: "Definition" },
  dueDays: { zh: "报送时限（天）", en: "Due days" },
};

const REVISION_REASONS: Record<string, Words> = {
  PRELIMINARY_TO_FINAL: { zh: "初步数据转为最终核实数", en: "Preliminary → final" },
  BENCHMARK: { zh: "依据普查结果修订", en: "Census benchmark revision" },
  CORRECTION: { zh: "更正差错", en: "Correction of an error" },
};

/** Coded values of some fields, in words (a username that happens to be "admin" stays as it is). */
export const VALUE_LABELS: Record<string, Record<string, Words>> = {
  roles: ROLE_LABELS,
  revisionReason: REVISION_REASONS,
  reason: REVISION_REASONS,
  from: {
    STAGED: { zh: "已暂存", en: "staged" },
    SUBMITTED: { zh: "待审核", en: "submitted" },
    APPROVED: { zh: "已批准", en: "approved" },
  },
  source: { form: { zh: "表单", en: "form" }, import: { zh: "导入", en: "import" } },
};

/** Actions whose before/after are bare values: the field they are. */
export const VALUE_FIELD: Record<string, string> = { "user.roles_changed": "roles" };

export function actionLabel(action: string, locale: string): string {
  const w = ACTION_LABELS[action as AuditAction];
  return w ? (locale === "en" ? w.en : w.zh) : action;
}
