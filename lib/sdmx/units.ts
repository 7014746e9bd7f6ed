// Units of the catalogue as SDMX codes: the base unit (UNIT_MEASURE) and the power of ten
// it is counted in (UNIT_MULT), so that 亿元 is CNY × 10^8 and 万户 households × 10^4.
// A unit not in the table (the catalogue is edited by staff) gets a stable code made from
// its text, so a new unit never breaks the structures.
import { createHash } from "node:crypto";
import type { Text } from "./structure/model";

const MULTIPLIERS: [string, number][] = [
  ["亿", 8],
  ["万", 4],
  ["千", 3],
];

const BASE: Record<string, { code: string; en: string }> = {
  元: { code: "CNY", en: "yuan (CNY)" },
  "%": { code: "PC", en: "percent" },
  百分点: { code: "PP", en: "percentage points" },
  指数: { code: "IX", en: "index" },
  个: { code: "NUM", en: "number" },
  人: { code: "PS", en: "persons" },
  户: { code: "HH", en: "households (subscribers)" },
  次: { code: "TIMES", en: "times" },
  块: { code: "PIECES", en: "pieces" },
  件: { code: "ITEMS", en: "items" },
  套: { code: "SETS", en: "sets" },
  家: { code: "ENT", en: "enterprises" },
  架: { code: "RACKS", en: "racks" },
  EFLOPS: { code: "EFLOPS", en: "EFLOPS (10^18 floating-point operations per second)" },
};

export type SdmxUnit = { code: string; mult: number; name: Text };

export function sdmxUnit(unit: string): SdmxUnit {
  const u = unit.trim();
  if (BASE[u]) return { code: BASE[u].code, mult: 0, name: { zh: u, en: BASE[u].en } };
  for (const [prefix, mult] of MULTIPLIERS) {
    const rest = u.slice(prefix.length);
    if (u.startsWith(prefix) && BASE[rest]) return { code: BASE[rest].code, mult, name: { zh: rest, en: BASE[rest].en } };
  }
  const code = `U_${createHash("sha256").update(u).digest("hex").slice(0, 8).toUpperCase()}`;
  return { code, mult: 0, name: { zh: u, en: u } };
}

export const UNIT_MULT_NAMES: Record<number, Text> = {
  0: { zh: "个位", en: "units" },
  3: { zh: "千", en: "thousands" },
  4: { zh: "万", en: "ten thousands" },
  8: { zh: "亿", en: "hundred millions" },
};
