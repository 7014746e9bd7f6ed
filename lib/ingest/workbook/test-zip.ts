// Test helper: zip workbooks built by hand, including hostile ones (bombs, lying headers),
// made in memory at once: a part that inflates to hundreds of MB is a few hundred KB of
// repeated deflate blocks, so no test commits or writes megabytes.
import { constants, deflateRawSync } from "node:zlib";

export type Part = {
  name: string;
  /** Raw deflate data (see bomb()), or text/bytes to deflate (or store, with stored). */
  deflated?: Buffer;
  data?: string | Buffer;
  stored?: boolean;
  /** The uncompressed size to write in the headers (default: the real one, if known). */
  declaredSize?: number;
};

const full = { finishFlush: constants.Z_FULL_FLUSH };

/**
 * Raw deflate data for prefix + unit × (enough for `bytes`) + suffix, built from one
 * compressed 1 MB block repeated: each block is flushed (byte-aligned, no back-references into
 * the one before), so copies of it chain into one valid stream.
 */
export function bomb(prefix: string, unit: string, bytes: number, suffix: string): Buffer {
  const block = unit.repeat(Math.ceil((1 << 20) / unit.length));
  const c = deflateRawSync(block, full);
  const n = Math.ceil(bytes / block.length);
  return Buffer.concat([deflateRawSync(prefix, full), ...Array<Buffer>(n).fill(c), deflateRawSync(suffix)]);
}

export function zipBytes(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const raw = p.data === undefined ? undefined : Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data, "utf8");
    const body = p.deflated ?? (p.stored ? raw! : deflateRawSync(raw!));
    const method = p.stored ? 0 : 8;
    const size = p.declaredSize ?? raw?.length ?? 0;
    const name = Buffer.from(p.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + body.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBytes, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A minimal .xlsx: one sheet "数据" whose XML (and shared strings) are given, plain or as parts. */
export function xlsxBytes(o: { sheet: string | Omit<Part, "name">; sharedStrings?: string | Omit<Part, "name">; styles?: string; date1904?: boolean }): Buffer {
  const part = (name: string, p: string | Omit<Part, "name">): Part => (typeof p === "string" ? { name, data: p } : { name, ...p });
  const parts: Part[] = [
    { name: "[Content_Types].xml", data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: "_rels/.rels", data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: "xl/workbook.xml", data: `<workbook ${NS}>${o.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    {
      name: "xl/_rels/workbook.xml.rels",
      data:
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    part("xl/worksheets/sheet1.xml", o.sheet),
  ];
  if (o.sharedStrings !== undefined) parts.push(part("xl/sharedStrings.xml", o.sharedStrings));
  if (o.styles !== undefined) parts.push(part("xl/styles.xml", o.styles));
  return zipBytes(parts);
}

/** Sheet XML around the given <row> elements. */
export const sheetXml = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;

export const ODS_CONTENT_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">' +
  "<office:body><office:spreadsheet>";
export const ODS_CONTENT_END = "</office:spreadsheet></office:body></office:document-content>";

/** A minimal .ods whose content.xml body (the tables) is given, plain or as a part. */
export function odsBytes(tables: string | Omit<Part, "name">): Buffer {
  return zipBytes([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", stored: true },
    typeof tables === "string" ? { name: "content.xml", data: ODS_CONTENT_HEAD + tables + ODS_CONTENT_END } : { name: "content.xml", ...tables },
    { name: "META-INF/manifest.xml", data: '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>' },
  ]);
}
