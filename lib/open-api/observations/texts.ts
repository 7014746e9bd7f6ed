// Fixed texts of observation answers and files, Chinese and English. The demo-data note and
// the flag names come from the site's message files, so that pages and files say the same.
import flagsEn from "@/lib/i18n/messages/en/flags.json";
import flagsZh from "@/lib/i18n/messages/zh/flags.json";
import siteEn from "@/lib/i18n/messages/en/site.json";
import siteZh from "@/lib/i18n/messages/zh/site.json";
import type { TMeasure } from "../schemas/observation";

export type Lang = "zh" | "en";
export type Localised = { zh: string; en: string };

export const SOURCE: Localised = {
  zh: "沈阳市统计局 · 沈阳市数字经济统计监测",
  en: "Shenyang Municipal Bureau of Statistics · Shenyang digital-economy statistics monitor",
};

export const ROUNDING: Localised = {
  zh: "数值为精确值，仅在显示时按指标规定的小数位四舍五入；分项之和可能不等于总计",
  en: "Values are exact; they are rounded half up to the indicator's decimals only for display; parts may not add up to the total",
};

export const DEMO_NOTE: Localised = { zh: siteZh.demoNote, en: siteEn.demoNote };

export const COMPUTED_NOTE: Localised = {
  zh: "“计算值”为本系统由已发布数据计算（当期值 = 本期累计 − 上期累计；同比增速 = 本期 ÷ 上年同期 − 1），非官方发布；有官方发布的增速时使用发布值",
  en: "\"Computed\" values are calculated here from released data (in-period = YTD − previous YTD; growth = this period ÷ same period last year − 1), not published as such; a published growth rate is used where there is one",
};

export const MEASURE_LABEL: Record<TMeasure, Localised> = {
  level: { zh: "发布值", en: "released value" },
  "in-period": { zh: "当期值", en: "in-period value" },
  yoy: { zh: "同比增速", en: "year-on-year growth" },
};

export const FLAG_LABEL: Record<string, Localised> = Object.fromEntries(
  Object.keys(flagsZh).map((k) => [k, { zh: flagsZh[k as keyof typeof flagsZh], en: flagsEn[k as keyof typeof flagsEn] }]),
);

/** Release times in files: Asia/Shanghai wall time with its offset, e.g. 2025-10-27T10:00:00+08:00. */
export function shanghaiIso(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().replace(/\.\d{3}Z$/, "+08:00");
}
