// Tells a wrong encoding guess from ordinary typos. Mojibake turns catalogue names into runs of
// characters the catalogue never uses (GB18030 read of Big5 bytes, say), or into "?"/U+FFFD.
// A typo keeps most characters. So: when most distinct non-ASCII names are unknown AND the
// unknown ones are mostly made of characters foreign to the catalogue, the encoding is suspect.

export class MojibakeWatch {
  private readonly chars = new Set<string>();
  private known = 0;
  private unknown = 0;
  private foreignShare = 0;
  private first: { text: string; line: number } | null = null;

  constructor(names: string[]) {
    for (const n of names) for (const ch of n) this.chars.add(ch);
  }

  /** Adds the characters of header keywords, so that a header row can be judged too. */
  addWords(words: Iterable<string>): void {
    for (const w of words) for (const ch of w) this.chars.add(ch);
  }

  /** Share (0–1) of the non-ASCII characters of `text` that the catalogue never uses. */
  foreign(text: string): number {
    let n = 0;
    let bad = 0;
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      if (c === 0xfffd || ch === "?") {
        n++;
        bad++;
      } else if (c > 0x7f && !/[\s（）()：:，、]/.test(ch)) {
        n++;
        if (!this.chars.has(ch)) bad++;
      }
    }
    return n === 0 ? 0 : bad / n;
  }

  /** Records one distinct name or code looked up; an unknown code (ASCII) says nothing about the encoding. */
  lookup(text: string, found: boolean, line: number): void {
    if (found) {
      this.known++;
      return;
    }
    if (!/[^\x00-\x7f]|\?/.test(text)) return;
    this.unknown++;
    this.foreignShare += this.foreign(text);
    if (!this.first) this.first = { text, line };
  }

  /** The first suspicious name, when the pattern looks like a wrong encoding. */
  verdict(): { text: string; line: number } | null {
    if (!this.first || this.unknown < this.known) return null;
    return this.foreignShare / this.unknown >= 0.5 ? this.first : null;
  }
}
