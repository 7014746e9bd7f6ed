// The regulation's articles from data/reference/regulation.txt. The file comes from a PDF: a
// sentence may break across lines (even with a blank line between the halves), so lines are
// joined until one ends a sentence or clause (。：；), which keeps the real paragraph breaks.
// Headings (第X章, the title, the table of contents) are not part of any article. Pure.
import { chineseNumeral } from "@/lib/reference/articles";

export type Article = {
  no: number;
  /** "第十九条" as the regulation writes it */
  heading: string;
  paragraphs: string[];
};

const ARTICLE_START = /^第([一二三四五六七八九十百零]+)条\s*(.*)$/;
const CHAPTER_HEADING = /^第[一二三四五六七八九十]+章(\s|$)/;
const PARAGRAPH_END = /[。：；]$/;

// A break next to a Latin word ("IPv6" / "规模") was a space; Chinese text joins directly.
function joinLine(text: string, next: string): string {
  if (!text) return next;
  return /[A-Za-z0-9]$/.test(text) || /^[A-Za-z0-9]/.test(next) ? `${text} ${next}` : text + next;
}

/** Every article of the regulation, by number. */
export function parseRegulation(source: string): Map<number, Article> {
  const articles = new Map<number, Article>();
  let current: Article | null = null;
  let paragraph = "";
  const closeParagraph = () => {
    if (current && paragraph) current.paragraphs.push(paragraph);
    paragraph = "";
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue; // blank lines are PDF page noise, not paragraph breaks
    if (CHAPTER_HEADING.test(line) || line.startsWith("- ")) {
      closeParagraph();
      current = null;
      continue;
    }
    const start = ARTICLE_START.exec(line);
    const no = start ? chineseNumeral(start[1]) : null;
    if (start && no !== null) {
      closeParagraph();
      current = { no, heading: `第${start[1]}条`, paragraphs: [] };
      articles.set(no, current);
      paragraph = start[2];
    } else if (current) {
      paragraph = joinLine(paragraph, line);
    }
    if (PARAGRAPH_END.test(paragraph)) closeParagraph();
  }
  closeParagraph();
  return articles;
}
