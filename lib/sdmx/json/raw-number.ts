// Exact decimals as JSON numbers: JSON.stringify would go through a float, so the decimal text
// is carried in a marked string and the quotes are taken off afterwards. Only strings that are
// a decimal (checked here) are ever unquoted.
const MARK = "\u0001num:";

export function rawNumber(decimal: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(decimal)) throw new Error(`not a decimal: ${decimal}`);
  return MARK + decimal;
}

export function stringifyWithNumbers(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0001num:(-?\d+(?:\.\d+)?)"/g, "$1");
}
