import { describe, expect, it } from "vitest";
import { CsvTokenizer, type RawRecord } from "./csv-tokenizer";
import { detectDelimiter } from "./delimiter";
import { IngestAbort } from "./report";

function tokenize(text: string, delim = ",", chunk = text.length || 1): RawRecord[] {
  const t = new CsvTokenizer(delim);
  const out: RawRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) t.push(text.slice(i, i + chunk), out);
  t.end(out);
  return out;
}

const lines = (rs: RawRecord[]) => rs.map((r) => [r.line, ...r.fields]);

describe("CsvTokenizer", () => {
  it("splits fields and lines, CRLF or LF", () => {
    expect(lines(tokenize("a,b\r\n1,2\n3,4"))).toEqual([[1, "a", "b"], [2, "1", "2"], [3, "3", "4"]]);
  });
  it("reads quoted delimiters, doubled quotes and line breaks, numbering physical lines", () => {
    const text = 'h1,h2\r\n"1,234.5","say ""hi"""\r\n"line\r\nbreak\nand more",x\r\nlast,y\r\n';
    expect(lines(tokenize(text))).toEqual([
      [1, "h1", "h2"],
      [2, "1,234.5", 'say "hi"'],
      [3, "line\r\nbreak\nand more", "x"],
      [6, "last", "y"],
    ]);
  });
  it("gives the same result whatever the chunk size (cuts inside quotes, CRLF, fields)", () => {
    const text = 'a,"b\r\nc",d\r\n"x""y",,z\r\n\r\n1,2,3\r';
    const whole = lines(tokenize(text));
    for (let size = 1; size <= text.length; size++) expect(lines(tokenize(text, ",", size))).toEqual(whole);
  });
  it("keeps blank lines as one empty field (the table reader skips them) and counts them", () => {
    expect(lines(tokenize("a\n\nb\n"))).toEqual([[1, "a"], [2, ""], [3, "b"]]);
  });
  it("treats a lone CR as a line break, like old Mac exports", () => {
    expect(lines(tokenize("a\rb\rc"))).toEqual([[1, "a"], [2, "b"], [3, "c"]]);
  });
  it("keeps a trailing empty field", () => {
    expect(lines(tokenize("a,b,\n1,2,"))).toEqual([[1, "a", "b", ""], [2, "1", "2", ""]]);
  });
  it("keeps quotes inside unquoted fields and text after a closing quote literally", () => {
    expect(lines(tokenize('5"G,"ab"c\n'))).toEqual([[1, '5"G', "abc"]]);
  });
  it("reads semicolons and tabs", () => {
    expect(lines(tokenize("a;b\n1;2\n", ";"))).toEqual([[1, "a", "b"], [2, "1", "2"]]);
    expect(lines(tokenize("a\tb\n1,5\t2\n", "\t"))).toEqual([[1, "a", "b"], [2, "1,5", "2"]]);
  });
  it("stops at an unclosed quote, naming the line where it opened", () => {
    const t = new CsvTokenizer(",");
    const out: RawRecord[] = [];
    t.push('a,b\n1,"2\n3,4\n', out);
    expect(() => t.end(out)).toThrow(IngestAbort);
    try {
      t.end(out);
    } catch (e) {
      expect((e as IngestAbort).line).toBe(2);
      expect((e as IngestAbort).code).toBe("UNCLOSED_QUOTE");
    }
  });
  it("bounds the memory of one record", () => {
    const t = new CsvTokenizer(",", 100);
    expect(() => t.push('a,"' + "x".repeat(200), [])).toThrow(IngestAbort);
  });
});

describe("detectDelimiter", () => {
  it("picks the delimiter that splits lines consistently", () => {
    expect(detectDelimiter("a,b,c\n1,2,3\n")).toBe(",");
    expect(detectDelimiter("a;b;c\n1,5;2;3\n4;5;6\n")).toBe(";");
    expect(detectDelimiter("a\tb\tc\n1\t2\t3\n")).toBe("\t");
  });
  it("is not fooled by a title line or quoted thousands", () => {
    expect(detectDelimiter('沈阳市主要指标；2025年\n指标,地区,时期,数值\nDE001,全市,2025Q1,"1,234.5"\nDE001,和平区,2025Q1,"2,000"\n')).toBe(",");
  });
  it("prefers tab for UTF-16 text when nothing splits", () => {
    expect(detectDelimiter("abc\n", true)).toBe("\t");
    expect(detectDelimiter("abc\n")).toBe(",");
  });
});
