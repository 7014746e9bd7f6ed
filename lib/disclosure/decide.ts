// Decides which values of a batch the public may not see, on submission and again on approval
// (the state may have changed in between: other releases, rules). Stores the answer on the
// batch's observations (observation.withheld), which the one visibility query masks. A batch
// whose primary cells cannot be protected without withdrawing a value already public is
// refused with the cells named, and nothing is written.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { DEFAULT_RULE, primaryReason, type DisclosureRuleSpec, type PrimaryReason } from "./rules";
import { suppress, type Cell } from "./suppress";
import { buildRelations, cellKey, indicatorClosure, indicatorSums, splitKey, type TableIndicator } from "./tables";
import { batchKeysOf, candidateRows, hotTables, type BatchRow } from "./hot-tables";
import { derivedOf, loadDerivedLinks, publicNow, sourcesOf, withheldElsewhere, type DerivedRole } from "./derived";

export type Withheld =
  | { kind: "primary"; reason: PrimaryReason; protectionPercent: string; stage: Stage; batchId: number; at: string }
  /** `chosen`: the reviewer's set (review-choice.ts), kept as long as it protects */
  | { kind: "secondary"; protects: string[]; stage: Stage; batchId: number; at: string; chosen?: boolean }
  /** a ratio or growth rate computed from a withheld value (the visibility query withholds it anyway; this says why) */
  | { kind: "derived"; because: string; role: DerivedRole; stage: Stage; batchId: number; at: string };
export type Stage = "submitted" | "approved";

export type Decision = { primary: string[]; secondary: { cell: string; protects: string[] }[]; derived: { cell: string; because: string }[] };

type OtherRow = { indicator_id: number; region_code: string; period: string; value: string | null; flag: string | null; withheld: Withheld | null; released: boolean };

export async function loadRules(tx: Tx): Promise<Map<number, DisclosureRuleSpec>> {
  const rows = await tx.disclosureRule.findMany();
  return new Map(
    rows.map((r) => [
      r.indicatorId,
      { minUnits: r.minUnits, dominanceN: r.dominanceN, dominanceK: r.dominanceK?.toString() ?? null, pPercent: r.pPercent?.toString() ?? null, protectionPercent: r.protectionPercent.toString() },
    ]),
  );
}

/** Cell keys as staff read them: "DE005 和平区 2025Q3". */
export async function labeller(tx: Tx) {
  const inds = new Map((await tx.indicator.findMany({ select: { id: true, code: true } })).map((i) => [i.id, i.code]));
  const regs = new Map((await tx.region.findMany({ select: { code: true, nameZh: true, nameEn: true } })).map((r) => [r.code, r]));
  return (key: string, locale: "zh" | "en" = "zh") => {
    const k = splitKey(key);
    const r = regs.get(k.regionCode);
    return `${inds.get(k.indicatorId) ?? k.indicatorId} ${(locale === "en" ? r?.nameEn : r?.nameZh) ?? k.regionCode} ${k.period}`;
  };
}

/**
 * `onlyChosen`: check the reviewer's chosen complementary cells as they are, adding none
 * (refused with the cells they leave unprotected); otherwise they are kept and more are added
 * only where they no longer suffice.
 */
export async function decideDisclosure(
  tx: Tx,
  batchId: number,
  stage: Stage,
  {
    onlyChosen = false,
    recheck,
    look = false,
  }: {
    onlyChosen?: boolean;
    /** check an approved batch as it stands (recheck.ts), writing nothing; the verb names what is refused */
    recheck?: { zh: string; en: string };
    /** only whether the decision would be refused (the review page): it ends, writing nothing, once that is known */
    look?: boolean;
  } = {},
): Promise<Decision> {
  // the catalogue's part-of links, not the catalogue (5,700 indicators at 100×): only they make sums
  const parts = (await tx.indicator.findMany({ where: { partOfId: { not: null } }, select: { id: true, measureType: true, unit: true, partOfId: true } })) as TableIndicator[];
  const declared = await tx.sumRelation.findMany({ select: { totalId: true, partIds: true } });
  const sums = indicatorSums(parts, declared);
  const rules = await loadRules(tx);
  const ruleOf = (id: number) => rules.get(id) ?? DEFAULT_RULE;
  const regions = await tx.region.findMany({ select: { code: true, kind: true } });
  const city = regions.find((r) => r.kind === "CITY")!.code;
  const districts = regions.filter((r) => r.kind !== "CITY").map((r) => r.code);

  // only the tables holding a value to protect are modelled (hot-tables.ts)
  const candidates = await candidateRows(tx, batchId);
  const chosen = new Set(candidates.filter((o) => o.withheld?.kind === "secondary" && o.withheld.chosen).map((o) => cellKey(o.indicator_id, o.region_code, o.period)));
  const seeds = candidates
    .filter((o) => primaryReason(o, ruleOf(o.indicator_id)) || chosen.has(cellKey(o.indicator_id, o.region_code, o.period)) || (recheck && o.withheld !== null))
    .map((o) => ({ indicatorId: o.indicator_id, period: o.period }));
  const { indicators: closure, periods } = await hotTables(tx, batchId, seeds, sums);
  // no table holds a value to protect: nothing below can refuse (every refusal names a primary
  // cell of these tables), so a look ends here; a decision still marks the derived values
  if (look && !closure.length) return { primary: [], secondary: [], derived: [] };
  const mine = closure.length
    ? await tx.$queryRaw<BatchRow[]>`
        SELECT indicator_id, region_code, period, value::text AS value, flag::text AS flag, units, top1::text AS top1, top2::text AS top2, withheld
        FROM observation WHERE batch_id = ${batchId} AND indicator_id = ANY(${closure}::int[]) AND period = ANY(${periods}::text[])`
    : [];
  // the newest approved vintage of every other key of these tables, released or still to come
  const others = await tx.$queryRaw<OtherRow[]>`
    SELECT DISTINCT ON (o.indicator_id, o.region_code, o.period)
           o.indicator_id, o.region_code, o.period, o.value::text AS value, o.flag::text AS flag, o.withheld, r.release_at <= now() AS released
    FROM observation o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
    WHERE b.status = 'APPROVED' AND r.cancelled_at IS NULL AND o.batch_id <> ${batchId}
      AND o.indicator_id = ANY(${closure}::int[]) AND o.period = ANY(${periods}::text[])
    ORDER BY o.indicator_id, o.region_code, o.period, r.release_at DESC, b.id DESC`;

  const cells = new Map<string, Cell>();
  for (const o of others) {
    const key = cellKey(o.indicator_id, o.region_code, o.period);
    const primary = o.flag === "CONFIDENTIAL" || o.withheld?.kind === "primary";
    const protectionPercent = Number(o.withheld?.kind === "primary" ? o.withheld.protectionPercent : ruleOf(o.indicator_id).protectionPercent);
    cells.set(key, { key, value: o.value, status: primary ? "primary" : o.withheld ? "withheld" : "fixed", protectionPercent });
  }
  const reasons = new Map<string, PrimaryReason>();
  for (const o of mine) {
    const key = cellKey(o.indicator_id, o.region_code, o.period);
    const rule = ruleOf(o.indicator_id);
    const reason = primaryReason(o, rule) ?? (recheck && o.withheld?.kind === "primary" ? o.withheld.reason : null);
    if (reason) reasons.set(key, reason);
    const before = cells.get(key);
    // a value that revises one already public stays public: withholding it now would withdraw a published figure
    const kept = chosen.has(key) || (recheck !== undefined && o.withheld !== null);
    const status = reason ? "primary" : before?.status === "fixed" ? "fixed" : kept ? "withheld" : onlyChosen || recheck ? "fixed" : "open";
    cells.set(key, { key, value: o.value, status, protectionPercent: Number(rule.protectionPercent) });
  }
  // a value that follows from a ratio or growth rate already public is known to everyone: it
  // cannot be withheld now (primary: refused below) nor serve as a complementary cell
  const links = await loadDerivedLinks(tx);
  const mineKeys = new Set(mine.map((o) => cellKey(o.indicator_id, o.region_code, o.period)));
  const derivedCells = [...new Set([...mineKeys].flatMap((k) => derivedOf(k, links)))].filter((k) => !mineKeys.has(k));
  const published = await publicNow(tx, batchId, derivedCells);
  // every derived value of the batch (not only the modelled tables') is withheld with a withheld source
  const mineDerived = (await batchKeysOf(tx, batchId, [...new Set(links.map((l) => l.derivedId))])).filter((k) => sourcesOf(k, links).length);
  const sourceKeys = [...new Set([...published, ...mineDerived].flatMap((k) => sourcesOf(k, links).map((s) => s.key)))];
  const hiddenSources = await withheldElsewhere(tx, batchId, sourceKeys);
  const givenAway = new Map<string, string[]>(); // source cell → the public derived cells that give it away
  for (const k of mineKeys) {
    const by = derivedOf(k, links).filter((d) => published.has(d) && !sourcesOf(d, links).some((s) => hiddenSources.has(s.key)));
    if (by.length) givenAway.set(k, by);
  }
  // (a primary one among them is refused below, with the public ratio named)
  for (const k of givenAway.keys()) cells.get(k)!.status = "fixed";
  for (const i of closure) for (const r of [city, ...districts]) for (const p of periods) {
    const key = cellKey(i, r, p);
    if (!cells.has(key)) cells.set(key, { key, value: null, status: "withheld" }); // not reported (yet): unknown to all
  }
  const tableIndicators = closure.length
    ? ((await tx.indicator.findMany({ where: { id: { in: closure } }, select: { id: true, measureType: true, unit: true, partOfId: true }, orderBy: { id: "asc" } })) as TableIndicator[])
    : [];
  const relations = buildRelations({ indicators: tableIndicators, sums, city, districts, periods }, cells);
  // a total of other indicators (DE001) is withheld only when nothing else will do: its share
  // (DE003 = DE001 / GDP) and growth rate would go with it (derived.ts), which the model does not count
  const totals = new Set(sums.map((s) => s.totalId));
  for (const c of cells.values()) if (totals.has(splitKey(c.key).indicatorId)) c.costFactor = 100;
  const result = await suppress([...cells.values()], relations);

  const blocked = [
    ...[...givenAway].filter(([k]) => reasons.has(k)).map(([cell, by]) => ({ cell, publicNeighbours: by })),
    ...result.blocked,
  ];
  // cells are named (by the catalogue's codes) only where something is refused or withheld
  // (every use of `label` below): a batch with nothing to protect reads no catalogue at all
  const named = blocked.length > 0 || reasons.size > 0 || chosen.size > 0 || result.secondary.size > 0 || mineDerived.some((k) => sourcesOf(k, links).some((s) => hiddenSources.has(s.key)));
  const label = named ? await labeller(tx) : (key: string) => key;
  if (blocked.length) {
    const list = (l: "zh" | "en") =>
      blocked
        .slice(0, 5)
        .map((b) => `${label(b.cell, l)}${b.publicNeighbours.length ? (l === "en" ? ` (public around it: ${b.publicNeighbours.slice(0, 6).map((k) => label(k, l)).join(", ")})` : `（相关的已公开数值：${b.publicNeighbours.slice(0, 6).map((k) => label(k)).join("、")}）`) : ""}`)
        .join(l === "en" ? "; " : "；");
    if (recheck) {
      throw new AppError(
        "INVALID_STATE",
        `不能${recheck.zh}：${recheck.zh}后，已批准的以下保密数值可由公开的数值和汇总关系推算出来：${list("zh")}。请先与发布管理员商定处理办法。`,
        `Cannot ${recheck.en}: afterwards these approved confidential values could be worked out from the public values and the totals: ${list("en")}. Agree with the release manager how to proceed.`,
      );
    }
    if (onlyChosen) {
      throw new AppError(
        "INVALID_STATE",
        `所选的辅助保密数值不足以保护以下保密数值（可由已公开的数值和汇总关系推算出来，或范围窄于保护区间）：${list("zh")}。请另选，或接受系统的建议。`,
        `The complementary values chosen do not protect these confidential values (they could be worked out from the public values and the totals, or narrowed within their protection interval): ${list("en")}. Choose others, or accept the proposal.`,
      );
    }
    throw new AppError(
      "INVALID_STATE",
      `不能${stage === "approved" ? "批准" : "提交"}：以下保密数值可由已公开的数值和汇总关系推算出来，而已公开的数值不能撤回：${list("zh")}。请与发布管理员商定处理办法（例如改为不按该口径报送，或经核实后取消保密）。`,
      `Cannot ${stage === "approved" ? "approve" : "submit"}: these confidential values could be worked out from values already public through the totals, and a public value is never withdrawn: ${list("en")}. Agree with the release manager how to proceed.`,
    );
  }

  if (recheck || look) return { primary: [], secondary: [], derived: [] };
  const at = new Date().toISOString();
  const withheld = new Map<string, Withheld>();
  for (const [key, reason] of reasons) {
    withheld.set(key, { kind: "primary", reason, protectionPercent: ruleOf(splitKey(key).indicatorId).protectionPercent, stage, batchId, at });
  }
  for (const key of chosen) {
    if (!withheld.has(key) && cells.get(key)?.status === "withheld") withheld.set(key, { kind: "secondary", protects: [...reasons.keys()].map((k) => label(k)), stage, batchId, at, chosen: true });
  }
  for (const [key, protects] of result.secondary) {
    if (mineKeys.has(key)) withheld.set(key, { kind: "secondary", protects: protects.map((k) => label(k)), stage, batchId, at });
  }
  for (const key of mineDerived) {
    if (withheld.has(key)) continue;
    const source = sourcesOf(key, links).find((s) => withheld.has(s.key) || hiddenSources.has(s.key));
    if (source) withheld.set(key, { kind: "derived", because: label(source.key), role: source.role, stage, batchId, at });
  }
  await tx.$executeRaw`UPDATE observation SET withheld = NULL WHERE batch_id = ${batchId} AND withheld IS NOT NULL`;
  if (withheld.size) {
    const keys = [...withheld.keys()].map(splitKey);
    await tx.$executeRaw`
      UPDATE observation o SET withheld = t.w::jsonb
      FROM unnest(${keys.map((k) => k.indicatorId)}::int[], ${keys.map((k) => k.regionCode)}::text[], ${keys.map((k) => k.period)}::text[], ${[...withheld.values()].map((w) => JSON.stringify(w))}::text[]) AS t(i, r, p, w)
      WHERE o.batch_id = ${batchId} AND o.indicator_id = t.i AND o.region_code = t.r AND o.period = t.p`;
  }
  return {
    primary: [...reasons.keys()].map((k) => label(k)),
    secondary: [...withheld].filter(([, w]) => w.kind === "secondary").map(([k, w]) => ({ cell: label(k), protects: (w as { protects: string[] }).protects })),
    derived: [...withheld].flatMap(([k, w]) => (w.kind === "derived" ? [{ cell: label(k), because: w.because }] : [])),
  };
}

/** The decision as the audit keeps it (the suppression set of the release). */
export const decisionAudit = (d: Decision, stage: Stage): Prisma.InputJsonValue => ({ stage, primary: d.primary, secondary: d.secondary, derived: d.derived });
