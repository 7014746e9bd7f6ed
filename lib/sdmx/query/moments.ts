// asOf and updatedAfter (xs:dateTime). A date alone means, for asOf, the end of that day and,
// for updatedAfter, its start; a time without an offset is Beijing time (the service's local
// time, as the standard says). asOf is never later than now, so it cannot see ahead of a release.
import { badSyntax } from "../errors";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?$/;

export function parseMoment(input: string, name: string, dateMeans: "start" | "end"): Date {
  // an unencoded "+" of an offset arrives as a space
  const raw = input.trim().length < input.length ? input : input.replace(/ (\d{2}:?\d{2})$/, "+$1");
  let iso: string | null = null;
  if (DATE.test(raw)) iso = dateMeans === "end" ? `${raw}T23:59:59.999+08:00` : `${raw}T00:00:00+08:00`;
  else {
    const m = DATETIME.exec(raw);
    if (m) {
      const zone = m[3] ? (m[3] === "Z" ? "Z" : m[3].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")) : "+08:00";
      iso = `${m[1]}T${m[2]}${zone}`;
    }
  }
  const d = iso ? new Date(iso) : null;
  if (!d || Number.isNaN(d.getTime())) throw badSyntax(`参数 ${name} 无效：应为日期或日期时间，如 2025-06-30 或 2025-06-30T10:00:00+08:00`, `Parameter ${name} is invalid: use a date or date-time such as 2025-06-30 or 2025-06-30T10:00:00+08:00`);
  return d;
}
