// Article 19's emerging industries (大数据、人工智能、云计算 …): for each, the indicators tagged
// with it and their latest value and growth in the selected region. Industries with no
// indicator yet are listed too, so the gap in the monitoring shows.
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { EMERGING_INDUSTRIES } from "@/lib/reference/catalogue-extras";
import { growthIndicatorOf, seriesOf, type DashContext } from "./context";
import { growthAt, latestAtOrBefore, type Growth } from "./measures";

export type EmergingItem = { indicator: PublicIndicator; period: string | null; value: string | null; growth: Growth | null; unreleased: boolean };
export type EmergingGroup = { code: string; nameZh: string; nameEn: string; items: EmergingItem[] };

export function buildEmerging(ctx: DashContext): EmergingGroup[] {
  return EMERGING_INDUSTRIES.map((e) => ({
    code: e.code,
    nameZh: e.nameZh,
    nameEn: e.nameEn,
    items: ctx.indicators
      .filter((i) => i.emergingCodes.includes(e.code) && !i.retired)
      .map((ind): EmergingItem => {
        const levels = seriesOf(ctx, ind.id);
        const latest = latestAtOrBefore(levels);
        const growthInd = growthIndicatorOf(ctx, ind.id);
        return {
          indicator: ind,
          period: latest?.period ?? null,
          value: latest?.value ?? null,
          growth: latest ? growthAt(ind, levels, growthInd ? seriesOf(ctx, growthInd.id) : [], latest.period) : null,
          unreleased: latest?.obs.unreleased ?? false,
        };
      }),
  }));
}
