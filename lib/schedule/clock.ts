// "Now" for the reporting schedule. Due dates are Beijing calendar days, so the clock is
// reduced to today's date in Asia/Shanghai (UTC+8 all year: China has no daylight saving).
// Tests set the clock with ?now=YYYY-MM-DD, honoured only when ALLOW_TEST_CLOCK=1, so that a
// production page can never be made to show a different day.
import { parseIsoDate } from "@/lib/targets/dates";

export type Clock = {
  /** Beijing date, YYYY-MM-DD */
  today: string;
  /** the instant releases are compared with */
  at: Date;
};

export function beijingDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function clockAt(at: Date): Clock {
  return { today: beijingDate(at), at };
}

/**
 * The clock for a request: the real time, or with ALLOW_TEST_CLOCK=1 the date in `now`
 * (start of that day in Beijing). A malformed test date falls back to the real time.
 */
export function requestClock(now: string | null | undefined, allowTestClock = process.env.ALLOW_TEST_CLOCK === "1", real = new Date()): Clock {
  if (allowTestClock && now) {
    try {
      parseIsoDate(now);
      return { today: now, at: new Date(`${now}T00:00:00+08:00`) };
    } catch {
      // fall through to the real clock
    }
  }
  return clockAt(real);
}
