// SDMX-JSON 2.0.0 structure message of the selected artefacts (the SDMX 3.0 information model:
// references are URNs, a time dimension has no position, attributes state their relationship).
import { AGENCY, CONCEPT_SCHEME_ID, DSD_ID, VERSION, itemUrn, urn } from "../ids";
import type { HeaderInfo } from "../ml/xml";
import type { Selected } from "../query/structure-query";
import { CONCEPT_SCHEME_NAME, DSD_NAME, type Representation, type SdmxStructures, type Text } from "../structure/model";

export const STRUCTURE_SCHEMA_URL = "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/structure-message/tools/schemas/2.0.0/sdmx-json-structure-schema.json";

export type Lang = "zh" | "en";

export function named(t: Text, lang: Lang, field: "name" | "description" = "name"): Record<string, unknown> {
  return { [field]: t[lang], [`${field}s`]: { zh: t.zh, en: t.en } };
}

export function jsonMeta(schema: string, h: HeaderInfo, lang: Lang): Record<string, unknown> {
  return {
    schema,
    id: h.id,
    test: false,
    prepared: h.prepared.toISOString(),
    contentLanguages: lang === "zh" ? ["zh", "en"] : ["en", "zh"],
    sender: { id: AGENCY, ...named(h.senderName, lang) },
  };
}

const maint = (cls: Parameters<typeof urn>[0], id: string, name: Text, lang: Lang) => ({
  id,
  agencyID: AGENCY,
  version: VERSION,
  ...named(name, lang),
  links: [{ rel: "self", urn: urn(cls, id), type: cls.toLowerCase() }],
});

const conceptUrn = (id: string) => itemUrn("Concept", CONCEPT_SCHEME_ID, id);

function representation(r: Representation): Record<string, unknown> {
  return "codelist" in r ? { enumeration: urn("Codelist", r.codelist) } : { format: { dataType: r.textType } };
}

function dataStructure(s: SdmxStructures, stub: boolean, lang: Lang): Record<string, unknown> {
  const base = maint("DataStructure", DSD_ID, DSD_NAME, lang);
  if (stub) return base;
  const seriesDims = s.dimensions.filter((d) => !d.time).map((d) => d.id);
  const time = s.dimensions.find((d) => d.time)!;
  return {
    ...base,
    dataStructureComponents: {
      dimensionList: {
        id: "DimensionDescriptor",
        dimensions: s.dimensions.filter((d) => !d.time).map((d) => ({ id: d.id, position: d.position - 1, conceptIdentity: conceptUrn(d.id), localRepresentation: representation(d.representation) })),
        timeDimensions: [{ id: time.id, conceptIdentity: conceptUrn(time.id), localRepresentation: { format: { dataType: "ObservationalTimePeriod" } } }],
      },
      attributeList: {
        id: "AttributeDescriptor",
        attributes: s.attributes.map((a) => ({
          id: a.id,
          usage: a.mandatory ? "mandatory" : "optional",
          attributeRelationship: a.level === "series" ? { dimensions: seriesDims } : { observation: {} },
          conceptIdentity: conceptUrn(a.id),
          localRepresentation: representation(a.representation),
        })),
      },
      measureList: { id: "MeasureDescriptor", measures: [{ id: "OBS_VALUE", usage: "optional", conceptIdentity: conceptUrn("OBS_VALUE"), localRepresentation: { format: { dataType: "Decimal" } } }] },
    },
  };
}

export function structureJson(sel: Selected[], s: SdmxStructures, h: HeaderInfo, lang: Lang): string {
  const of = (t: Selected["type"]) => sel.filter((x) => x.type === t);
  const data: Record<string, unknown[]> = {};
  const put = (key: string, list: unknown[]) => {
    if (list.length) data[key] = list;
  };
  put(
    "dataflows",
    of("dataflow").map((x) => {
      const f = s.dataflows.find((d) => d.id === x.id)!;
      const base = maint("Dataflow", f.id, f.name, lang);
      return x.stub ? base : { ...base, ...named(f.description, lang, "description"), structure: urn("DataStructure", DSD_ID) };
    }),
  );
  put("dataStructures", of("datastructure").map((x) => dataStructure(s, x.stub, lang)));
  put(
    "codelists",
    of("codelist").map((x) => {
      const cl = s.codelists.find((c) => c.id === x.id)!;
      const codes = cl.codes.filter((c) => !x.items || x.items.includes(c.id)).map((c) => ({ id: c.id, ...named(c.name, lang), ...(c.description ? named(c.description, lang, "description") : {}), ...(c.parent ? { parent: c.parent } : {}) }));
      return { ...maint("Codelist", cl.id, cl.name, lang), ...(x.items ? { isPartial: true } : {}), ...(x.stub ? {} : { codes }) };
    }),
  );
  put(
    "conceptSchemes",
    of("conceptscheme").map((x) => {
      const concepts = s.concepts.filter((c) => !x.items || x.items.includes(c.id)).map((c) => ({ id: c.id, ...named(c.name, lang), ...(c.description ? named(c.description, lang, "description") : {}) }));
      return { ...maint("ConceptScheme", CONCEPT_SCHEME_ID, CONCEPT_SCHEME_NAME, lang), ...(x.items ? { isPartial: true } : {}), ...(x.stub ? {} : { concepts }) };
    }),
  );
  return JSON.stringify({ meta: jsonMeta(STRUCTURE_SCHEMA_URL, h, lang), data });
}
