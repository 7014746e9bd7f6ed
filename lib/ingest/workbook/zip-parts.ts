// Reading one part of a zipped workbook through the XML scanner, with the part's cap; and the
// relationship files that say where a workbook's parts are.
import type { Attrs, XmlCaps, XmlHandler } from "./xml-scanner";
import { scanPart, XML_CAPS, XmlScanner } from "./xml-scanner";
import type { WorkbookKind } from "./workbook-errors";
import { inflateEntry, type ZipEntry } from "./zip-entries";

/** Workbook, relationships, styles, manifest: small by nature, so a small cap. */
export const META_PART_BYTES = 32 * 1024 * 1024;

export type ZipBook = { buf: Buffer; entries: Map<string, ZipEntry>; kind: WorkbookKind };

/** Scans the part at `path`; false if there is none. `handler` may read `scanner.captureText`. */
export async function scanZipPart(
  z: ZipBook,
  path: string,
  cap: number,
  make: (scanner: XmlScanner) => XmlHandler,
  after?: () => Promise<void> | void,
  caps: XmlCaps = XML_CAPS,
): Promise<boolean> {
  const e = z.entries.get(path.toLowerCase());
  if (!e) return false;
  let handler: XmlHandler | null = null;
  const scanner = new XmlScanner(
    { open: (n, a) => handler!.open(n, a), close: (n) => handler!.close(n), text: (s) => handler!.text(s) },
    z.kind,
    e.name,
    caps,
  );
  handler = make(scanner);
  await scanPart(inflateEntry(z.buf, e, cap, z.kind), scanner, after);
  return true;
}

export type Relationship = { type: string; target: string };

/** The relationships of the part at `path` (from its _rels/<name>.rels), targets resolved to part paths. */
export async function readRels(z: ZipBook, path: string): Promise<Map<string, Relationship>> {
  const slash = path.lastIndexOf("/");
  const dir = slash < 0 ? "" : path.slice(0, slash + 1);
  const relsPath = `${dir}_rels/${path.slice(slash + 1)}.rels`;
  const rels = new Map<string, Relationship>();
  await scanZipPart(z, relsPath, META_PART_BYTES, () => ({
    open(name: string, a: Attrs) {
      if (name === "Relationship" && a.Id && a.Target && a.TargetMode !== "External") {
        rels.set(a.Id, { type: a.Type ?? "", target: resolvePart(dir, a.Target) });
      }
    },
    close() {},
    text() {},
  }));
  return rels;
}

/** "worksheets/sheet1.xml" against "xl/" → "xl/worksheets/sheet1.xml"; "/xl/x.xml" is absolute. */
export function resolvePart(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}
