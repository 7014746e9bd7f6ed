// Synthetic demo data for the monitor, as a bureau would hold it on a given day: a pure,
// deterministic generator (no I/O, no clock: "today" is a parameter, lib/demo/demo-today.ts).
// All figures are SYNTHETIC (示例数据); how they are made is in demo-models.ts, when they
// arrive and are released in demo-calendar.ts.
//
// On `today` the demo holds:
//  - every indicator of the catalogue, for the city and its 13 districts (DE036 for the city
//    only), from 1 January four years back (not before 2022);
//  - released data up to the last period whose release day has passed, each stream on its
//    own calendar (monthly, quarterly, annual; one indicator a month behind);
//  - the batches that have arrived since: approved ones waiting under embargo for their
//    release, and ones still in the reviewer's queue (SUBMITTED);
//  - the release calendar to 120 days ahead (so the next quarter's release is on it);
//  - revisions as vintages: each year's Q4 core figures published preliminary (初步核算) and
//    re-released as final (最终核实) in June; AI industry size flagged as an estimate;
//  - this year's targets for the headline indicators (demo-targets.ts).
// Every date and value depends on its period only, so the demo of a later day is the demo of
// an earlier day plus what has happened in between (seed-demo.ts extends a database with it).
import { formatScaled } from "./generate-util";
import { DEMO_CITY, DEMO_REGIONS } from "./demo-tables";
import { LATE_INDICATOR, REVISED_INDICATORS, planCalendar, releaseInstant, type PlannedBatch, type PlannedRelease, type StreamKey } from "./demo-calendar";
import { CITY_ONLY_DEMO, DEMO_DECIMALS, FIRST_DATA_YEAR, buildModel, type Model } from "./demo-models";
import { demoTargets, type DemoTarget } from "./demo-targets";

export { DEMO_CITY, DEMO_DISTRICTS, DEMO_REGIONS } from "./demo-tables";
export { LATE_INDICATOR } from "./demo-calendar";

/** How far ahead the release calendar is published. */
export const CALENDAR_DAYS_AHEAD = 120;

export type DemoObservation = {
  indicator: string;
  region: string;
  period: string;
  value: string;
  flag?: "PRELIMINARY" | "ESTIMATED";
  batch: string;
};

export type DemoRelease = {
  key: string;
  stream: StreamKey;
  titleZh: string;
  titleEn: string;
  period: string;
  releaseAt: string; // ISO UTC
  indicators: string[];
  revisionReason?: "PRELIMINARY_TO_FINAL";
};

export type DemoBatch = {
  key: string;
  /** the release it is (or will be) approved into */
  release: string;
  department: string;
  fileName: string;
  status: "SUBMITTED" | "APPROVED";
  receivedAt: string; // ISO UTC
  reviewedAt: string | null;
  revisionReason?: "PRELIMINARY_TO_FINAL";
};

export type Demo = {
  today: string;
  releases: DemoRelease[];
  batches: DemoBatch[];
  observations: DemoObservation[];
  targets: DemoTarget[];
};

/**
 * Cells that disclosure control (issue 17) will need below its unit threshold: a district
 * value small enough to identify one enterprise. Empty for now; generate() writes whatever
 * this lists over the model's value, so that the next issue only fills it in.
 */
export const SMALL_CELLS: { indicator: string; region: string; value: string }[] = [];

/** The first year the demo of `today` shows: four years back, not before 2022. */
export function firstYearOf(today: string): number {
  return Math.max(FIRST_DATA_YEAR, Number(today.slice(0, 4)) - 4);
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
/** Beijing time of day on a date, as an ISO instant. */
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+08:00`).toISOString();

function observationsOf(b: PlannedBatch, rel: PlannedRelease, model: Model): DemoObservation[] {
  const out: DemoObservation[] = [];
  for (const { indicator, period } of b.contents) {
    const table = (rel.revision ? model.final : model.first)[indicator];
    const row = table?.get(period);
    if (!row) throw new Error(`demo: ${indicator} has no value for ${period}`);
    const decimals = DEMO_DECIMALS[indicator];
    const preliminary = !rel.revision && rel.stream === "core" && period.endsWith("Q4") && REVISED_INDICATORS.includes(indicator);
    const regions = CITY_ONLY_DEMO.has(indicator) ? [DEMO_CITY] : DEMO_REGIONS;
    regions.forEach((region, r) => {
      const small = SMALL_CELLS.find((c) => c.indicator === indicator && c.region === region);
      out.push({
        indicator,
        region,
        period,
        value: small?.value ?? formatScaled(row[r], decimals),
        ...(preliminary ? { flag: "PRELIMINARY" as const } : indicator === "DE022" ? { flag: "ESTIMATED" as const } : {}),
        batch: b.key,
      });
    });
  }
  return out;
}

/** The demo as the bureau holds it at the start of `today` (YYYY-MM-DD, Beijing). */
export function generateDemo(today: string): Demo {
  const firstYear = firstYearOf(today);
  const plan = planCalendar(firstYear, addDays(today, CALENDAR_DAYS_AHEAD));
  const model = buildModel(Number(today.slice(0, 4)) + 1);

  const releases: DemoRelease[] = [];
  const batches: DemoBatch[] = [];
  const observations: DemoObservation[] = [];
  for (const rel of plan) {
    releases.push({
      key: rel.key,
      stream: rel.stream,
      titleZh: rel.titleZh,
      titleEn: rel.titleEn,
      period: rel.period,
      releaseAt: releaseInstant(rel.day),
      indicators: rel.indicators,
      ...(rel.revision ? { revisionReason: "PRELIMINARY_TO_FINAL" as const } : {}),
    });
    for (const b of rel.batches.filter((x) => x.received < today).sort((x, y) => x.received.localeCompare(y.received) || x.key.localeCompare(y.key))) {
      const approved = b.reviewed < today;
      batches.push({
        key: b.key,
        release: rel.key,
        department: b.department,
        fileName: fileName(b, rel),
        status: approved ? "APPROVED" : "SUBMITTED",
        receivedAt: at(b.received, "15:00"),
        reviewedAt: approved ? at(b.reviewed, "11:00") : null,
        ...(rel.revision ? { revisionReason: "PRELIMINARY_TO_FINAL" as const } : {}),
      });
      observations.push(...observationsOf(b, rel, model));
    }
  }
  return { today, releases, batches, observations, targets: demoTargets(model, Number(today.slice(0, 4))) };
}

/** A file name like the department's export: 市统计局 sends "stats-2026Q3.csv". */
function fileName(b: PlannedBatch, rel: PlannedRelease): string {
  const periods = [...new Set(b.contents.map((c) => c.period))].join("_");
  if (b.late) return `${b.department}-${LATE_INDICATOR}-${periods}-补报.csv`;
  return `${b.department}-${rel.stream}-${periods}${rel.revision ? "-最终核实" : ""}.csv`;
}

/** Whether a release's day is before `today` (released at 10:00 that day; period codes of one frequency sort as text). */
export const releasedBefore = (r: DemoRelease, today: string) => r.releaseAt.slice(0, 10) < today;

/** The last period of each indicator released before `today`, from the demo itself. */
export function latestReleasedPeriods(demo: Demo): Map<string, string> {
  const released = new Set(demo.releases.filter((r) => releasedBefore(r, demo.today)).map((r) => r.key));
  const approved = new Set(demo.batches.filter((b) => b.status === "APPROVED" && released.has(b.release)).map((b) => b.key));
  const latest = new Map<string, string>();
  for (const o of demo.observations) {
    if (!approved.has(o.batch)) continue;
    const cur = latest.get(o.indicator);
    if (!cur || o.period > cur) latest.set(o.indicator, o.period);
  }
  return latest;
}
