// A release's indicators as the calendar and its feed list them: the first few codes and how
// many more. A release of a province's catalogue covers hundreds of indicators, and listing
// them all made every calendar row a wall of codes (issue 21).
export const SHOWN_CODES = 20; // a demo release (at most 12) is listed whole

export function summariseCodes(codes: readonly string[], max = SHOWN_CODES): { shown: string[]; more: number } {
  return { shown: codes.slice(0, max), more: Math.max(0, codes.length - max) };
}
