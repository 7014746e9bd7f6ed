// This year's targets for the headline indicators, as the city's annual work plan would set
// them from last year's preliminary figures. Pure; values depend on the year only.
import Decimal from "decimal.js";
import { formatScaled } from "./generate-util";
import { DEMO_DECIMALS, type Model } from "./demo-models";

export type DemoTarget = {
  indicator: string;
  region: string;
  year: number;
  value: string;
  baseYear: number | null;
  baseValue: string | null;
  deadline: string;
  source: string;
};

const SOURCE = "沈阳市数字经济年度工作目标（示例）";

const city = (model: Model, ind: string, period: string): Decimal => {
  const row = model.first[ind]?.get(period);
  if (!row) throw new Error(`demo targets: ${ind} has no ${period}`);
  return new Decimal(formatScaled(row[0], DEMO_DECIMALS[ind]));
};

/**
 * Year-to-date flows get an annual target without a base (their part-year totals are set
 * against it, 时间过半、任务过半); stocks and the share of GDP get last year's end as the base.
 */
export function demoTargets(model: Model, year: number): DemoTarget[] {
  const last = year - 1;
  const t = (indicator: string, value: Decimal, base: Decimal | null): DemoTarget => ({
    indicator,
    region: "210100",
    year,
    value: value.toFixed(),
    baseYear: base ? last : null,
    baseValue: base ? base.toFixed() : null,
    deadline: `${year}-12-31`,
    source: SOURCE,
  });
  const roundTo = (x: Decimal, step: number) => x.div(step).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(step);
  const de001 = city(model, "DE001", `${last}Q4`);
  const de003 = city(model, "DE003", `${last}Q4`);
  const de010 = city(model, "DE010", `${last}Q4`);
  return [
    t("DE001", roundTo(de001.times(1.1), 10), null),
    t("DE002", new Decimal("9.5"), null),
    t("DE003", de003.plus("0.6").toDecimalPlaces(1, Decimal.ROUND_HALF_UP), de003),
    t("DE008", roundTo(city(model, "DE008", `${last}Q4`).times(1.12), 10), null),
    t("DE010", roundTo(de010.plus(100), 10), de010),
    t("DE012", roundTo(city(model, "DE012", `${last}M12`).times(1.1), 10), null),
  ];
}
