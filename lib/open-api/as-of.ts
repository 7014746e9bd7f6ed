// asOf=YYYY-MM-DD asks what was public at the end of that day in Asia/Shanghai (the
// ALFRED idea: every published vintage stays answerable). A day that has not ended yet
// is clamped to the present moment, so asOf can never reveal a value before its release.
export function endOfShanghaiDay(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

/** The moment visibility is evaluated at: the end of `asOf`, but never later than `now`. */
export function visibilityMoment(asOf: string | undefined, now: Date): Date {
  if (!asOf) return now;
  const end = endOfShanghaiDay(asOf);
  return end < now ? end : now;
}
