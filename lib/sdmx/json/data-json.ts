// SDMX-JSON 2.0.0 data message. Dimension and attribute values are listed once in the
// structure and referred to by index; observation values are exact decimals written as JSON
// numbers (null when missing or withheld, with OBS_STATUS / OBS_CONF saying why).
import { DSD_ID, urn } from "../ids";
import type { DataSetRows } from "../data/select-data";
import type { HeaderInfo } from "../ml/xml";
import { layout } from "../ml/data-xml";
import { KEY_DIMENSIONS, SERIES_ATTRIBUTES, type SdmxStructures, type Text } from "../structure/model";
import { spanOf } from "../query/time";
import { jsonMeta, named, type Lang } from "./structure-json";
import { rawNumber, stringifyWithNumbers } from "./raw-number";

export const DATA_SCHEMA_URL = "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json";

const DIMS = [...KEY_DIMENSIONS, "TIME_PERIOD"];

/** Names of a component value: the code's names from the codelist, the value itself otherwise. */
export function valueNames(s: SdmxStructures, component: string): (value: string) => Text {
  const dim = s.dimensions.find((d) => d.id === component);
  const att = s.attributes.find((a) => a.id === component);
  const rep = dim?.representation ?? att?.representation;
  const cl = rep && "codelist" in rep ? s.codelists.find((c) => c.id === rep.codelist) : undefined;
  const byId = new Map(cl?.codes.map((c) => [c.id, c.name]));
  return (v) => byId.get(v) ?? { zh: v, en: v };
}

export function conceptName(s: SdmxStructures, id: string): Text {
  return s.concepts.find((c) => c.id === id)?.name ?? { zh: id, en: id };
}

export function dataJson(sets: DataSetRows[], flow: string, dimensionAtObservation: string, s: SdmxStructures, h: HeaderInfo, lang: Lang): string {
  const rows = sets.flatMap((x) => x.rows);
  const { series: onSeries, obs: onObs } = layout(dimensionAtObservation);
  const seriesDims = DIMS.filter((d) => onSeries.includes(d));
  const obsDims = DIMS.filter((d) => onObs.includes(d));
  const seriesAtts = onSeries.filter((c) => !DIMS.includes(c));
  const obsAtts = onObs.filter((c) => !DIMS.includes(c) && c !== "OBS_VALUE");

  // value lists in order of first appearance (time in time order: rows are sorted by series, then time)
  const lists = new Map<string, string[]>();
  for (const id of [...DIMS, ...SERIES_ATTRIBUTES, ...obsAtts]) {
    const seen = new Set<string>();
    for (const r of rows) if (r.c[id] !== null && r.c[id] !== undefined) seen.add(r.c[id]!);
    lists.set(id, id === "TIME_PERIOD" ? [...seen].sort((a, b) => (spanOf(a)!.start < spanOf(b)!.start ? -1 : 1)) : [...seen]);
  }
  const index = (id: string, v: string | null) => (v === null ? null : lists.get(id)!.indexOf(v));
  const component = (id: string, kind: "dimension" | "attribute", keyPosition?: number) => {
    const names = valueNames(s, id);
    const uncoded = id === "OBS_COMMENT" || id === "COMPUTED";
    const values = lists.get(id)!.map((v) => {
      if (id === "TIME_PERIOD") {
        const span = spanOf(v)!;
        return { id: v, name: v, names: { zh: v, en: v }, start: `${span.start}T00:00:00Z`, end: `${span.end}T23:59:59Z` };
      }
      return uncoded ? { value: v } : { id: v, ...named(names(v), lang) };
    });
    const att = s.attributes.find((a) => a.id === id);
    return {
      id,
      ...named(conceptName(s, id), lang),
      ...(kind === "dimension" ? { keyPosition, ...(id === "TIME_PERIOD" ? { roles: ["TIME_PERIOD"] } : {}) } : {}),
      ...(kind === "attribute" ? { relationship: att?.level === "series" && onSeries.includes(id) ? { dimensions: KEY_DIMENSIONS } : { observation: {} } } : {}),
      ...(values.length ? { values } : {}),
    };
  };
  const structure = {
    links: [
      { rel: "dataflow", urn: urn("Dataflow", flow) },
      { rel: "datastructure", urn: urn("DataStructure", DSD_ID) },
    ],
    ...named(s.dataflows.find((f) => f.id === flow)?.name ?? { zh: flow, en: flow }, lang),
    dimensions: {
      dataSet: [],
      series: seriesDims.map((d) => component(d, "dimension", DIMS.indexOf(d))),
      observation: obsDims.map((d) => component(d, "dimension", DIMS.indexOf(d))),
    },
    measures: { observation: [{ id: "OBS_VALUE", ...named(conceptName(s, "OBS_VALUE"), lang) }] },
    attributes: { dataSet: [], series: seriesAtts.map((a) => component(a, "attribute")), observation: obsAtts.map((a) => component(a, "attribute")) },
    dataSets: sets.map((_, i) => i),
  };
  const obsArray = (c: Record<string, string | null>) => [c.OBS_VALUE === null ? null : rawNumber(c.OBS_VALUE!), ...obsAtts.map((a) => index(a, c[a]))];
  const dataSets = sets.map((set) => {
    const base: Record<string, unknown> = {
      structure: 0,
      action: set.validFrom ? "Replace" : "Information",
      ...(set.validFrom ? { validFrom: set.validFrom.toISOString() } : {}),
      ...(set.validTo ? { validTo: set.validTo.toISOString() } : {}),
      links: [{ rel: "dataflow", urn: urn("Dataflow", flow) }],
    };
    if (!seriesDims.length) {
      const observations: Record<string, unknown[]> = {};
      for (const r of set.rows) observations[obsDims.map((d) => index(d, r.c[d])).join(":")] = obsArray(r.c);
      return { ...base, observations };
    }
    const series: Record<string, { attributes: (number | null)[]; observations: Record<string, unknown[]> }> = {};
    for (const r of set.rows) {
      const k = seriesDims.map((d) => index(d, r.c[d])).join(":");
      series[k] ??= { attributes: seriesAtts.map((a) => index(a, r.c[a])), observations: {} };
      series[k].observations[obsDims.map((d) => index(d, r.c[d])).join(":")] = obsArray(r.c);
    }
    return { ...base, series };
  });
  return stringifyWithNumbers({ meta: jsonMeta(DATA_SCHEMA_URL, h, lang), data: { structures: [structure], dataSets } });
}
