// Units in English prose. Chinese magnitudes are spelt out ("亿元" is 100 million yuan), so an
// English reader does not take 583.2 亿元 for 583.2 yuan. Pure.
const EN: Record<string, string> = {
  亿元: "100 million yuan",
  万元: "10,000 yuan",
  元: "yuan",
  万人: "10,000 persons",
  人: "persons",
  万户: "10,000 subscribers",
  户: "subscribers",
  万个: "10,000 units",
  个: "",
  家: "enterprises",
  件: "",
  架: "racks",
  万次: "10,000 calls",
  套: "sets",
  万块: "10,000 pieces",
  指数: "index",
  "%": "%",
};

export function unitText(unit: string, locale: string): string {
  if (locale !== "en") return unit;
  return EN[unit] ?? unit;
}

/** "583.21亿元" in Chinese, "583.21 100 million yuan"-free English: "583.21 (100 million yuan)". */
export function withUnit(value: string, unit: string, locale: string): string {
  if (locale !== "en") return `${value}${unit}`;
  const u = unitText(unit, locale);
  if (!u) return value;
  if (u === "%") return `${value}%`;
  return /^\d/.test(u) ? `${value} (${u})` : `${value} ${u}`;
}
