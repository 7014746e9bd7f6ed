import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { TextDecodeStream } from "./decode-stream";
import { sniffBytes, type Sniff } from "./sniff";

const text = "指标代码,地区,时期,数值,备注\r\nDE001,和平区,2025年第一季度,12.5,人名𠮷与䶮\r\n";

function decodeInChunks(bytes: Uint8Array, size: number): { text: string; encoding: string; replacements: number } {
  // As ingestCsv does: sniff the head (64 KB or the whole file), then decode chunk by chunk.
  const sniff = sniffBytes(bytes.subarray(0, 65536), bytes.length <= 65536) as Extract<Sniff, { kind: "text" }>;
  expect(sniff.kind).toBe("text");
  const d = new TextDecodeStream(sniff);
  let out = "";
  for (let i = 0; i < bytes.length; i += size) out += d.write(bytes.subarray(i, i + size));
  out += d.end();
  return { text: out, encoding: d.encoding, replacements: d.replacements };
}

describe("sniffBytes", () => {
  it("recognises BOMs", () => {
    expect(sniffBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x61]), true)).toMatchObject({ kind: "text", encoding: "utf-8-bom", bom: 3 });
    expect(sniffBytes(Buffer.from([0xff, 0xfe, 0x61, 0]), true)).toMatchObject({ kind: "text", encoding: "utf-16le", bom: 2 });
    expect(sniffBytes(Buffer.from([0xfe, 0xff, 0, 0x61]), true)).toMatchObject({ kind: "text", encoding: "utf-16be", bom: 2 });
  });
  it("calls a BOM alone, or nothing, empty", () => {
    expect(sniffBytes(Buffer.alloc(0), true).kind).toBe("empty");
    expect(sniffBytes(Buffer.from([0xef, 0xbb, 0xbf]), true).kind).toBe("empty");
    expect(sniffBytes(Buffer.from([0xff, 0xfe]), true).kind).toBe("empty");
  });
  it("tells UTF-8 from GBK without a BOM", () => {
    expect(sniffBytes(Buffer.from(text, "utf8"), true)).toMatchObject({ encoding: "utf-8", lossy: false });
    expect(sniffBytes(iconv.encode(text, "gbk"), true)).toMatchObject({ encoding: "gb18030" });
    expect(sniffBytes(Buffer.from("a,b\r\n1,2\r\n"), true)).toMatchObject({ encoding: "ascii" });
  });
  it("treats mostly-valid UTF-8 with a damaged byte as lossy UTF-8, not GBK", () => {
    const b = Buffer.concat([Buffer.from("数字经济核心产业增加值,和平区,沈阳市,"), Buffer.from([0xff]), Buffer.from("\n")]);
    expect(sniffBytes(b, true)).toMatchObject({ encoding: "utf-8", lossy: true });
  });
  it("detects UTF-16 without a BOM from the zero bytes", () => {
    expect(sniffBytes(Buffer.from("a\tb\r\n1\t2\r\n", "utf16le"), true)).toMatchObject({ encoding: "utf-16le", bom: 0 });
  });
  it("names binary formats", () => {
    const cases: [number[], string][] = [
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "png"],
      [[0xff, 0xd8, 0xff, 0xe0], "jpeg"],
      [[0x47, 0x49, 0x46, 0x38, 0x39, 0x61], "gif"],
      [[0x25, 0x50, 0x44, 0x46, 0x2d], "pdf"],
      [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "xls"],
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0], "zip"],
      [[0x61, 0x00, 0x00, 0x00, 0x62, 0x00, 0x00, 0x00, 0x01, 0x02], "binary"],
    ];
    for (const [bytes, what] of cases) expect(sniffBytes(Buffer.from(bytes), true)).toEqual({ kind: "binary", what });
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("....[Content_Types].xml")]);
    expect(sniffBytes(xlsx, true)).toEqual({ kind: "binary", what: "xlsx" });
  });
  it("calls text with many control characters binary", () => {
    expect(sniffBytes(Buffer.from("a\x01b\x02c\x03d\x04,1\n"), true)).toEqual({ kind: "binary", what: "binary" });
  });
});

describe("TextDecodeStream", () => {
  it("decodes UTF-8, with or without BOM, across every chunk boundary", () => {
    const plain = Buffer.from(text, "utf8");
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    for (const size of [1, 2, 3, 5, 7, 64]) {
      expect(decodeInChunks(plain, size)).toMatchObject({ text, replacements: 0 });
      expect(decodeInChunks(bom, size)).toMatchObject({ text, encoding: "utf-8-bom", replacements: 0 });
    }
  });
  it("keeps GB18030-only characters (𠮷 is four bytes) across chunk boundaries", () => {
    const bytes = iconv.encode(text, "gb18030");
    for (const size of [1, 2, 3, 4, 5, 64]) {
      expect(decodeInChunks(bytes, size)).toMatchObject({ text, encoding: "gb18030", replacements: 0 });
    }
  });
  it("decodes UTF-16LE with BOM (Excel Unicode text)", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    for (const size of [1, 3, 64]) expect(decodeInChunks(bytes, size)).toMatchObject({ text, encoding: "utf-16le" });
  });
  it("waits for the first non-ASCII byte to choose between UTF-8 and GBK", () => {
    const ascii = "indicator_code,region_code,period,value,note\n" + "DE001,210100,2025Q1,1,\n".repeat(50);
    const bytes = Buffer.concat([Buffer.from(ascii), iconv.encode("DE001,210102,2025Q1,2,初步数\n", "gbk")]);
    const r = decodeInChunks(bytes, 100);
    expect(r).toMatchObject({ encoding: "gb18030", replacements: 0 });
    expect(r.text.endsWith("初步数\n")).toBe(true);
    const u = decodeInChunks(Buffer.concat([Buffer.from(ascii), Buffer.from("x,初步数\n")]), 101);
    expect(u).toMatchObject({ encoding: "utf-8", replacements: 0 });
  });
  it("reports a pure-ASCII file as UTF-8", () => {
    expect(decodeInChunks(Buffer.from("a,b\n1,2\n"), 3)).toMatchObject({ encoding: "utf-8", text: "a,b\n1,2\n" });
  });
  it("counts replacement characters instead of hiding bad bytes", () => {
    const head = Buffer.from("数字经济核心产业增加值,沈阳市\n".repeat(3));
    const bytes = Buffer.concat([head, iconv.encode("和平区\n", "gbk")]);
    const r = decodeInChunks(bytes, 1 << 20);
    expect(r.encoding).toBe("utf-8");
    expect(r.replacements).toBeGreaterThan(0);
  });
});
