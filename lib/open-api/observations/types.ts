import type { PublicObservation } from "@/lib/public/visible-observations";
import type { TMeasure } from "../schemas/observation";

/** One row of an observations answer, before serialisation (dates still Dates). */
export type ApiObservation = {
  indicatorId: number;
  indicator: string;
  region: string;
  period: string;
  periodEnd: string;
  measure: TMeasure;
  value: string | null;
  unit: string;
  /** Display decimals of this value (the indicator's, or of a growth rate). */
  decimals: number;
  computed: boolean;
  reason: string | null;
  flag: PublicObservation["flag"];
  note: string | null;
  isDemo: boolean;
  releasedAt: Date;
  revision: { previousValue: string | null; previousFlag: PublicObservation["flag"]; previousReleasedAt: Date } | null;
};

/** What the derivations need of an indicator. */
export type DerivableIndicator = {
  id: number;
  code: string;
  unit: string;
  decimals: number;
  measureType: "CUMULATIVE" | "PERIOD" | "STOCK" | "RATE" | "GROWTH";
  growthOfId: number | null;
};
