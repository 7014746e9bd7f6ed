// Looks up indicators and regions as staff write them, with results cached per distinct text
// (a million-row file names a few dozen indicators). Indicators: code (DE001, any case) or the
// exact Chinese name, optionally with "(unit)", "其中：" or list numbering. Regions: 6-digit
// code (or the 12-digit 统计用区划代码), name, name without 区/县/市, 全市/合计/总计 for the city,
// and the former names 东陵区 (→ 浑南区) and 辽中县/210122 (→ 辽中区).
import { ALL_HEADER_WORDS } from "./header-words";
import { MojibakeWatch } from "./mojibake";
import { nameKey, splitUnit } from "./text-normalize";
import type { IngestContext, IngestIndicator, IngestRegion } from "./types";

export type IndicatorHit = { ok: true; indicator: IngestIndicator; unit: string | null } | { ok: false };
export type RegionHit = { ok: true; region: IngestRegion; index: number; renamed: boolean } | { ok: false; zone: boolean };

/** Aliases for the city total. 市本级 is NOT one: it is the city-level units without the districts. */
const CITY_ALIASES = ["全市", "合计", "总计", "全市合计", "全市总计", "沈阳", "沈阳市"];
const FORMER_NAMES: [string, string][] = [
  ["东陵区", "210112"],
  ["辽中县", "210115"],
];
const FORMER_CODES: Record<string, string> = { "210122": "210115" };
const PREFIX = /^(?:其中[:：]?|[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)+/;
const ZONE = /开发区|高新区|示范区|功能区|园区|新城$/;

export class Catalogue {
  readonly city: IngestRegion;
  readonly watch: MojibakeWatch;
  private readonly byCode = new Map<string, IngestIndicator>();
  private readonly byName = new Map<string, IngestIndicator>();
  private readonly growthBy = new Map<number, IngestIndicator>();
  private readonly regionBy = new Map<string, { region: IngestRegion; index: number; renamed: boolean }>();
  private readonly indCache = new Map<string, IndicatorHit>();
  private readonly regCache = new Map<string, RegionHit>();

  constructor(ctx: IngestContext) {
    for (const ind of ctx.indicators) {
      this.byCode.set(ind.code.toUpperCase(), ind);
      this.byName.set(nameKey(ind.nameZh), ind);
      if (ind.growthOfId != null) this.growthBy.set(ind.growthOfId, ind);
    }
    if (ctx.regions.length > 128) throw new Error("ingest: at most 128 regions (duplicate keys pack the region in 7 bits)");
    const city = ctx.regions.find((r) => r.code.endsWith("00")) ?? ctx.regions[0];
    if (!city) throw new Error("ingest: the region list is empty");
    this.city = city;
    const shortNames = new Map<string, number>();
    const short = (n: string) => n.replace(/(新区|区|县|市)$/, "");
    ctx.regions.forEach((r) => shortNames.set(short(r.nameZh), (shortNames.get(short(r.nameZh)) ?? 0) + 1));
    ctx.regions.forEach((region, index) => {
      const entry = { region, index, renamed: false };
      this.regionBy.set(region.code, entry);
      this.regionBy.set(nameKey(region.nameZh), entry);
      const s = short(region.nameZh);
      if (s.length >= 2 && shortNames.get(s) === 1 && !this.regionBy.has(s)) this.regionBy.set(s, entry);
    });
    const cityEntry = this.regionBy.get(city.code)!;
    for (const a of CITY_ALIASES) if (!this.regionBy.has(a)) this.regionBy.set(a, cityEntry);
    for (const [name, code] of FORMER_NAMES) {
      const e = this.regionBy.get(code);
      if (e && !this.regionBy.has(name)) this.regionBy.set(name, { ...e, renamed: true });
    }
    for (const [old, code] of Object.entries(FORMER_CODES)) {
      const e = this.regionBy.get(code);
      if (e && !this.regionBy.has(old)) this.regionBy.set(old, { ...e, renamed: true });
    }
    this.watch = new MojibakeWatch([
      ...ctx.indicators.map((i) => i.nameZh),
      ...ctx.regions.map((r) => r.nameZh),
      ...CITY_ALIASES,
    ]);
    this.watch.addWords(ALL_HEADER_WORDS);
  }

  indicator(text: string, line: number): IndicatorHit {
    let hit = this.indCache.get(text);
    if (!hit) {
      hit = this.findIndicator(text);
      this.indCache.set(text, hit);
      // codes count too: a file of codes with one unknown name is not garbled
      this.watch.lookup(text, hit.ok, line);
    }
    return hit;
  }

  region(text: string, line: number): RegionHit {
    let hit = this.regCache.get(text);
    if (!hit) {
      hit = this.findRegion(text);
      this.regCache.set(text, hit);
      this.watch.lookup(text, hit.ok, line);
    }
    return hit;
  }

  /** Lookup without caching or counting (header cells). */
  peekIndicator(text: string): IndicatorHit {
    return this.findIndicator(text);
  }

  peekRegion(text: string): RegionHit {
    return this.findRegion(text);
  }

  /** The GROWTH indicator whose level is `levelId` (for 同比增长 columns). */
  growthOf(levelId: number): IngestIndicator | undefined {
    return this.growthBy.get(levelId);
  }

  private findIndicator(text: string): IndicatorHit {
    const key = nameKey(text);
    const byCode = this.byCode.get(key.toUpperCase());
    if (byCode) return { ok: true, indicator: byCode, unit: null };
    const whole = this.byName.get(key.replace(PREFIX, ""));
    if (whole) return { ok: true, indicator: whole, unit: null };
    const [name, unit] = splitUnit(text);
    const named = unit ? this.byName.get(nameKey(name).replace(PREFIX, "")) : undefined;
    return named ? { ok: true, indicator: named, unit } : { ok: false };
  }

  private findRegion(text: string): RegionHit {
    let key = nameKey(text);
    if (/^\d{12}$/.test(key) && key.endsWith("000000")) key = key.slice(0, 6);
    const e = this.regionBy.get(key) ?? this.regionBy.get(key.replace(PREFIX, ""));
    return e ? { ok: true, region: e.region, index: e.index, renamed: e.renamed } : { ok: false, zone: ZONE.test(key) };
  }
}
