// The table the disclosure db tests protect: a total of three parts, by district and for the
// city, every total the sum of its cells; an uploader and a reviewer who stage and approve it.
// One fixture, so that the suppression, the reviewer's choice and the withdrawal re-check are
// tested on the same table.
import type { Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/prisma";
import { unique } from "@/lib/test/db";

export const CITY = "210100";

type Actor<R extends Role> = { id: number; username: string; displayName: string; roles: [R] };
export type TableRow = { indicatorId: number; regionCode: string; period: string; periodEnd: Date; value: string; units?: number; flag?: "CONFIDENTIAL"; withheld?: object };

export interface PartsTable {
  districts: string[];
  total: { id: number; code: string };
  parts: { id: number; code: string }[];
  uploader: Actor<"uploader">;
  reviewer: Actor<"reviewer">;
  /** Every cell of `period`; `tweak` sets a part cell's units or flag. */
  rows(period: string, tweak?: (part: number, region: string) => { units?: number; flag?: "CONFIDENTIAL" }): TableRow[];
}

/** Creates the indicators (codes from `prefix`: T total, A–C parts) and the two users. */
export async function createPartsTable(prisma: Db, prefix: string): Promise<PartsTable> {
  const districts = (await prisma.region.findMany({ where: { kind: { not: "CITY" } }, orderBy: { sortOrder: "asc" } })).map((r) => r.code);
  const mk = (suffix: string, partOfId?: number) => {
    const code = unique(prefix + suffix);
    return prisma.indicator.create({ data: { code, nameZh: code, nameEn: code, unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条", partOfId } });
  };
  const total = await mk("T");
  const parts = [await mk("A", total.id), await mk("B", total.id), await mk("C", total.id)];
  const user = async <R extends Role>(name: string, role: R): Promise<Actor<R>> => {
    const u = await prisma.user.create({ data: { username: unique(name), displayName: name, passwordHash: "x", roles: [role] } });
    return { id: u.id, username: u.username, displayName: name, roles: [role] };
  };
  const uploader = await user("up", "uploader");
  const reviewer = await user("rv", "reviewer");

  function rows(period: string, tweak: (part: number, region: string) => { units?: number; flag?: "CONFIDENTIAL" } = () => ({})): TableRow[] {
    const end = new Date(`${period.slice(0, 4)}-03-31`);
    const v = (p: number, d: number) => 10 + ((p * 7 + d * 13) % 23);
    const out: TableRow[] = [];
    const cityOf = (p: number) => districts.reduce((s, _, d) => s + v(p, d), 0);
    for (const [p, ind] of parts.entries()) {
      for (const [d, r] of districts.entries()) out.push({ indicatorId: ind.id, regionCode: r, period, periodEnd: end, value: String(v(p, d)), ...tweak(p, r) });
      out.push({ indicatorId: ind.id, regionCode: CITY, period, periodEnd: end, value: String(cityOf(p)) });
    }
    for (const [d, r] of districts.entries()) out.push({ indicatorId: total.id, regionCode: r, period, periodEnd: end, value: String(parts.reduce((s, _, p) => s + v(p, d), 0)) });
    out.push({ indicatorId: total.id, regionCode: CITY, period, periodEnd: end, value: String(parts.reduce((s, _, p) => s + cityOf(p), 0)) });
    return out;
  }
  return { districts, total, parts, uploader, reviewer, rows };
}
