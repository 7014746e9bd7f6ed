// The reminder e-mail (催报通知) a department receives: in Chinese, the working language of the
// departments, listing each return with its period, due date and how late it is, and where to
// report it (the online return of the period). Pure.
import { mustParsePeriod, periodLabelZh } from "@/lib/period";
import type { Outstanding } from "./outstanding";

export type ReminderMail = { subject: string; text: string };

export function composeReminder(o: Outstanding, opts: { today: string; siteUrl: string; bureau?: string }): ReminderMail {
  const bureau = opts.bureau ?? "沈阳市统计局";
  const overdue = o.items.filter((i) => i.status === "overdue").length;
  const subject = overdue
    ? `【催报】${o.department.nameZh}：${overdue} 项数据已逾期未报`
    : `【报送提醒】${o.department.nameZh}：${o.items.length} 项数据即将到期`;
  const lines = o.items.map((i) => {
    const when = i.status === "overdue" ? `已逾期 ${i.daysOverdue} 天` : "尚未报送";
    return `  · ${i.nameZh}（${i.code}）${periodLabelZh(mustParsePeriod(i.period))}，截止 ${i.dueDate}，${when}`;
  });
  const periods = [...new Set(o.items.map((i) => i.period))];
  const links = periods.map((p) => `  ${periodLabelZh(mustParsePeriod(p))}：${opts.siteUrl}/returns/${p}`);
  const text = [
    `${o.department.nameZh}：`,
    "",
    `截至 ${opts.today}，贵单位以下数字经济监测数据尚未报送：`,
    ...lines,
    "",
    "请登录监测平台在线填报，或上传数据文件：",
    ...links,
    "",
    "如已报送，请忽略本通知；如有困难，请与我局联系。",
    "",
    bureau,
    opts.today,
  ].join("\n");
  return { subject, text };
}
