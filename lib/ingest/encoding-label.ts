// How an encoding is named to staff. Files saved by Excel or WPS as "CSV" on Chinese Windows are
// GBK; they are decoded as GB18030, its superset, so that the rare characters outside GBK
// survive too. Staff know the file as GBK, so the label says both.
const LABELS: Record<string, string> = {
  gb18030: "GBK / GB18030",
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 (BOM)",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
};

export function encodingLabel(encoding: string | null | undefined): string {
  if (!encoding) return "—";
  return LABELS[encoding] ?? encoding;
}
