// The demo's release calendar: release days like a statistics bureau's (10:00 Beijing time on
// working days, holidays skipped, within each period's usual window) and titles in the style of
// the NBS release calendar. Pure and deterministic.
import { periodCode, periodEnd, periodLabelEn, periodLabelZh, type Period } from "@/lib/period";
import { draw } from "./generate-util";

/** Public holidays that fall in the release windows (no release on those days). */
const HOLIDAYS = new Set(
  [
    ["2022-01-31", 7], ["2022-04-03", 3], ["2022-04-30", 5], ["2022-10-01", 7],
    ["2023-01-21", 7], ["2023-04-05", 1], ["2023-04-29", 5], ["2023-09-29", 8],
    ["2024-02-10", 8], ["2024-04-04", 3], ["2024-05-01", 5], ["2024-10-01", 7],
    ["2025-01-28", 8], ["2025-04-04", 3], ["2025-05-01", 5], ["2025-10-01", 8],
  ].flatMap(([from, days]) =>
    Array.from({ length: days as number }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86400_000).toISOString().slice(0, 10)),
  ),
);

/** A working day in [from, to] (UTC dates), chosen by key; releases are at 10:00 Beijing = 02:00 UTC. */
export function releaseDay(key: string, from: Date, to: Date): string {
  const days: Date[] = [];
  for (let d = from.getTime(); d <= to.getTime(); d += 86400_000) {
    const day = new Date(d);
    const iso = day.toISOString().slice(0, 10);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && !HOLIDAYS.has(iso)) days.push(day);
  }
  if (!days.length) throw new Error(`demo: no working day for release ${key}`);
  const pick = days[Math.floor(draw(`release|${key}`) * days.length)];
  return `${pick.toISOString().slice(0, 10)}T02:00:00.000Z`;
}

export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

export function releaseAt(p: Period): string {
  const code = periodCode(p);
  if (p.freq === "QUARTER") {
    const end = periodEnd(p).getTime();
    return releaseDay(code, new Date(end + 25 * 86400_000), new Date(end + 30 * 86400_000));
  }
  if (p.freq === "MONTH") {
    const [y, m] = p.sub === 12 ? [p.year + 1, 1] : [p.year, p.sub + 1];
    return releaseDay(code, utc(y, m, 15), utc(y, m, 20));
  }
  return releaseDay(code, utc(p.year + 1, 3, 20), utc(p.year + 1, 4, 20));
}

export function titles(p: Period): { titleZh: string; titleEn: string } {
  if (p.freq === "QUARTER") {
    const zh = p.sub === 4 ? `${p.year}年四季度和全年` : periodLabelZh(p, "ytd");
    const en = p.sub === 4 ? `${p.year} Q4 and full year` : periodLabelEn(p, "ytd");
    return { titleZh: `${zh}沈阳市数字经济核心产业主要指标`, titleEn: `Shenyang digital-economy core industries: main indicators, ${en}` };
  }
  if (p.freq === "MONTH") {
    if (p.sub === 1) {
      return {
        titleZh: `${periodLabelZh(p)}沈阳市信息通信基础设施主要指标`,
        titleEn: `Shenyang information and communications infrastructure: main indicators, ${periodLabelEn(p)}`,
      };
    }
    return {
      titleZh: `${periodLabelZh(p, "ytd")}沈阳市数字经济月度主要指标`,
      titleEn: `Shenyang digital economy: main monthly indicators, ${periodLabelEn(p, "ytd")}`,
    };
  }
  return { titleZh: `${p.year}年沈阳市数字经济年度主要指标`, titleEn: `Shenyang digital economy: main annual indicators, ${p.year}` };
}
