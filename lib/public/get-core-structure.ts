// The four digital-economy core industries (NBS 01–04) for the latest released period:
// each part's value and its share of the core total, for the city.
import Decimal from "decimal.js";
import type { Queryable } from "@/lib/db/queryable";
import { CITY_CODE } from "@/lib/reference/regions";
import { findPublicIndicators, type PublicIndicator } from "./public-indicators";
import { findVisibleObservations, type PublicObservation } from "./visible-observations";

export type CoreStructure = {
  period: string;
  total: { indicator: PublicIndicator; value: string | null };
  growth: { indicator: PublicIndicator; value: string | null } | null;
  gdpShare: { indicator: PublicIndicator; value: string | null } | null;
  parts: { categoryCode: string; indicator: PublicIndicator; value: string | null; flag: PublicObservation["flag"]; share: string | null }[];
  isDemo: boolean;
};

export const CORE_TOTAL_CODE = "DE001";
export const GDP_SHARE_CODE = "DE003";

export async function getCoreStructure(q: Queryable, asOf?: Date): Promise<CoreStructure | null> {
  // the core total, its parts and growth rate, and the share of GDP: not the whole catalogue
  const indicators = await findPublicIndicators(q, { codes: [CORE_TOTAL_CODE, GDP_SHARE_CODE], withParts: true });
  const total = indicators.find((i) => i.code === CORE_TOTAL_CODE);
  if (!total) return null;
  const parts = indicators
    .filter((i) => i.partOfId === total.id && i.categoryCodes.length === 1)
    .sort((a, b) => a.categoryCodes[0].localeCompare(b.categoryCodes[0]));
  const growth = indicators.find((i) => i.growthOfId === total.id) ?? null;
  const gdpShare = indicators.find((i) => i.code === GDP_SHARE_CODE) ?? null;
  const ids = [total, ...parts, growth, gdpShare].filter((i): i is PublicIndicator => i !== null).map((i) => i.id);

  const obs = await findVisibleObservations(q, { indicatorIds: ids, regionCodes: [CITY_CODE], asOf });
  const partObs = obs.filter((o) => parts.some((p) => p.id === o.indicatorId));
  if (!partObs.length) return null;
  const period = partObs.map((o) => o.period).sort().at(-1)!;
  const at = (id: number | undefined) => obs.find((o) => o.indicatorId === id && o.period === period) ?? null;

  const values = parts.map((p) => at(p.id));
  const totalValue = at(total.id)?.value ?? null;
  const base = shareBase(totalValue, values.map((o) => o?.value ?? null));
  return {
    period,
    total: { indicator: total, value: totalValue },
    growth: growth ? { indicator: growth, value: at(growth.id)?.value ?? null } : null,
    gdpShare: gdpShare ? { indicator: gdpShare, value: at(gdpShare.id)?.value ?? null } : null,
    parts: parts.map((p, i) => ({
      categoryCode: p.categoryCodes[0],
      indicator: p,
      value: values[i]?.value ?? null,
      flag: values[i]?.flag ?? null,
      share: values[i]?.value && base ? new Decimal(values[i]!.value!).div(base).times(100).toString() : null,
    })),
    isDemo: obs.some((o) => o.period === period && o.isDemo),
  };
}

// A part's share is of the published core total. Without one, of the parts' sum only when
// every part has a figure: with a part missing or withheld (不公开) the others would be shares
// of a partial sum, too large, and a withheld part would be the gap they leave.
function shareBase(total: string | null, parts: (string | null)[]): Decimal | null {
  if (total !== null && !new Decimal(total).isZero()) return new Decimal(total);
  if (parts.some((v) => v === null)) return null;
  const sum = parts.reduce((s, v) => s.plus(v!), new Decimal(0));
  return sum.isZero() ? null : sum;
}
