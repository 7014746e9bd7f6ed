// Regulation articles: Chinese numerals, the catalogue's article references, and the
// chapters of 《沈阳市数字经济促进条例》 that hold the monitored articles. Pure.

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十九 → 19, 二十四 → 24, 三十 → 30, 四十二 → 42 (up to 99 is all the regulation needs). */
export function chineseNumeral(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!s || [...s].some((c) => c !== "十" && !(c in DIGITS))) return null;
  const i = s.indexOf("十");
  if (i < 0) return s.length === 1 ? DIGITS[s] : null;
  const tens = i === 0 ? 1 : DIGITS[s.slice(0, i)];
  const ones = i === s.length - 1 ? 0 : DIGITS[s.slice(i + 1)];
  if (tens === undefined || ones === undefined) return null;
  return tens * 10 + ones;
}

export function numeralZh(n: number): string {
  const d = "零一二三四五六七八九";
  if (n < 10) return d[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : d[tens]}十${ones ? d[ones] : ""}`;
}

/**
 * Expands "第十九~二十四条(数字产业化);第五条(统计监测)" to [19,20,21,22,23,24,5].
 * Order is kept: the first cited range is the indicator's home chapter.
 */
export function expandArticleRef(ref: string): number[] {
  const out: number[] = [];
  for (const m of ref.matchAll(/第([一二三四五六七八九十\d]+)(?:[~～—\-－至到]([一二三四五六七八九十\d]+))?条/g)) {
    const a = chineseNumeral(m[1]);
    const b = m[2] ? chineseNumeral(m[2]) : a;
    if (a === null || b === null) continue;
    for (let n = a; n <= b; n++) if (!out.includes(n)) out.push(n);
  }
  return out;
}

export type ChapterKey = "INFRASTRUCTURE" | "DATA_FACTOR" | "INDUSTRIALIZATION" | "DIGITALIZATION" | "INNOVATION";

export const CHAPTERS: { key: ChapterKey; from: number; to: number; zh: string; en: string; no: number }[] = [
  { key: "INFRASTRUCTURE", from: 8, to: 12, zh: "数字基础设施", en: "Digital infrastructure", no: 2 },
  { key: "DATA_FACTOR", from: 13, to: 18, zh: "数据要素", en: "Data as a factor of production", no: 3 },
  { key: "INDUSTRIALIZATION", from: 19, to: 24, zh: "数字产业化", en: "Digital industrialisation", no: 4 },
  { key: "DIGITALIZATION", from: 25, to: 28, zh: "产业数字化", en: "Industrial digitalisation", no: 5 },
  { key: "INNOVATION", from: 29, to: 32, zh: "数字技术创新", en: "Digital technology innovation", no: 6 },
];

/** The chapter of the first monitored article cited (arts. 8–32), or null (e.g. only art. 5). */
export function chapterOf(articles: number[]): ChapterKey | null {
  for (const a of articles) {
    const c = CHAPTERS.find((ch) => a >= ch.from && a <= ch.to);
    if (c) return c.key;
  }
  return null;
}
