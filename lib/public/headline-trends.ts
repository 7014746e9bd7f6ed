import "server-only";
// The home page's headline figures over time: for each (core value added, its growth, its
// share of GDP) the same span of the last few years (2022–2025年前三季度), read through the
// visibility rule, so a withheld value is a gap, never a figure.
import { publicPool } from "@/lib/db";
import { CITY_CODE } from "@/lib/reference/regions";
import { publicCached } from "./cache";
import type { CoreStructure } from "./get-core-structure";
import type { PublicIndicator } from "./public-indicators";
import { findVisibleObservations, type PublicObservation } from "./visible-observations";
import { spanHistory } from "./ytd-view";

export type HeadlineTrend = { indicator: PublicIndicator; points: { period: string; obs: PublicObservation | null }[] };

const YEARS = 6;

export async function loadHeadlineTrends(core: CoreStructure): Promise<Map<string, HeadlineTrend>> {
  const indicators = [core.total.indicator, core.growth?.indicator, core.gdpShare?.indicator].filter((i): i is PublicIndicator => !!i);
  const obs = await publicCached("home:trends", (epoch) =>
    findVisibleObservations(publicPool(), { indicatorIds: indicators.map((i) => i.id), regionCodes: [CITY_CODE], asOf: epoch.at }),
  );
  return new Map(
    indicators.map((indicator) => {
      const own = obs.filter((o) => o.indicatorId === indicator.id);
      const periods = spanHistory(own.map((o) => o.period), core.period, YEARS);
      return [indicator.code, { indicator, points: periods.map((period) => ({ period, obs: own.find((o) => o.period === period) ?? null })) }];
    }),
  );
}
