import { CHAPTERS, numeralZh } from "@/lib/reference/articles";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "第四章 数字产业化（第十九至二十四条）" / "Chapter 4: Digital industrialisation (arts. 19–24)". */
export function chapterName(key: string | null, locale: string, t: Translate, short = false): string {
  const c = CHAPTERS.find((ch) => ch.key === key);
  if (!c) return t("otherChapter");
  const zh = locale !== "en";
  const values = { no: zh ? numeralZh(c.no) : c.no, name: zh ? c.zh : c.en, from: zh ? numeralZh(c.from) : c.from, to: zh ? numeralZh(c.to) : c.to };
  return t(short ? "chapterShort" : "chapter", values);
}
