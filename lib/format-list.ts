/** Names joined as a sentence in the reader's language: 甲、乙和丙 / a, b and c. */
export function formatList(names: string[], locale: string): string {
  return new Intl.ListFormat(locale === "en" ? "en" : "zh", { type: "conjunction" }).format(names);
}
