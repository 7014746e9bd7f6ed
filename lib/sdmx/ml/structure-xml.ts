// SDMX-ML 2.1 structure message (message:Structure) of the selected artefacts.
import { AGENCY, CONCEPT_SCHEME_ID, DSD_ID, SDMX_NS, VERSION, itemUrn, urn } from "../ids";
import type { Selected } from "../query/structure-query";
import { AGENCY_NAME, CONCEPT_SCHEME_NAME, DSD_NAME, type Representation, type SdmxStructures } from "../structure/model";
import { XML_DECL, attrs, esc, header, texts, type HeaderInfo } from "./xml";

const maint = (cls: Parameters<typeof urn>[0], id: string, partial = false) =>
  attrs({ id, agencyID: AGENCY, version: VERSION, isFinal: "true", urn: urn(cls, id), ...(partial ? { isPartial: "true" } : {}) });

const conceptRef = (id: string) => `<Ref${attrs({ id, maintainableParentID: CONCEPT_SCHEME_ID, maintainableParentVersion: VERSION, agencyID: AGENCY, package: "conceptscheme", class: "Concept" })}/>`;
const codelistRef = (id: string) => `<Ref${attrs({ id, version: VERSION, agencyID: AGENCY, package: "codelist", class: "Codelist" })}/>`;

function representation(r: Representation): string {
  if ("codelist" in r) return `<structure:LocalRepresentation><structure:Enumeration>${codelistRef(r.codelist)}</structure:Enumeration></structure:LocalRepresentation>`;
  return `<structure:LocalRepresentation><structure:TextFormat textType="${r.textType}"/></structure:LocalRepresentation>`;
}

function dataStructure(s: SdmxStructures, stub: boolean): string {
  const open = `<structure:DataStructure${maint("DataStructure", DSD_ID)}>${texts("Name", DSD_NAME)}`;
  if (stub) return `${open}</structure:DataStructure>`;
  const dsdUrn = (kind: string, id: string) => `urn:sdmx:org.sdmx.infomodel.datastructure.${kind}=${AGENCY}:${DSD_ID}(${VERSION}).${id}`;
  const dims = s.dimensions
    .map((d) => {
      const tag = d.time ? "TimeDimension" : "Dimension";
      return `<structure:${tag}${attrs({ id: d.id, urn: dsdUrn(tag, d.id), position: d.position })}><structure:ConceptIdentity>${conceptRef(d.id)}</structure:ConceptIdentity>${representation(d.representation)}</structure:${tag}>`;
    })
    .join("");
  const seriesDims = s.dimensions.filter((d) => !d.time);
  const atts = s.attributes
    .map((a) => {
      const rel =
        a.level === "series"
          ? seriesDims.map((d) => `<structure:Dimension><Ref id="${d.id}"/></structure:Dimension>`).join("")
          : `<structure:PrimaryMeasure><Ref id="OBS_VALUE"/></structure:PrimaryMeasure>`;
      return `<structure:Attribute${attrs({ id: a.id, urn: dsdUrn("DataAttribute", a.id), assignmentStatus: a.mandatory ? "Mandatory" : "Conditional" })}><structure:ConceptIdentity>${conceptRef(a.id)}</structure:ConceptIdentity>${representation(a.representation)}<structure:AttributeRelationship>${rel}</structure:AttributeRelationship></structure:Attribute>`;
    })
    .join("");
  return (
    `${open}<structure:DataStructureComponents>` +
    `<structure:DimensionList${attrs({ id: "DimensionDescriptor", urn: dsdUrn("DimensionDescriptor", "DimensionDescriptor") })}>${dims}</structure:DimensionList>` +
    `<structure:AttributeList${attrs({ id: "AttributeDescriptor", urn: dsdUrn("AttributeDescriptor", "AttributeDescriptor") })}>${atts}</structure:AttributeList>` +
    `<structure:MeasureList${attrs({ id: "MeasureDescriptor", urn: dsdUrn("MeasureDescriptor", "MeasureDescriptor") })}><structure:PrimaryMeasure${attrs({ id: "OBS_VALUE", urn: dsdUrn("PrimaryMeasure", "OBS_VALUE") })}><structure:ConceptIdentity>${conceptRef("OBS_VALUE")}</structure:ConceptIdentity><structure:LocalRepresentation><structure:TextFormat textType="Decimal"/></structure:LocalRepresentation></structure:PrimaryMeasure></structure:MeasureList>` +
    `</structure:DataStructureComponents></structure:DataStructure>`
  );
}

export function structureXml(sel: Selected[], s: SdmxStructures, h: HeaderInfo): string {
  const of = (t: Selected["type"]) => sel.filter((x) => x.type === t);
  const flows = of("dataflow").map((x) => {
    const f = s.dataflows.find((d) => d.id === x.id)!;
    const ref = `<structure:Structure><Ref${attrs({ id: DSD_ID, version: VERSION, agencyID: AGENCY, package: "datastructure", class: "DataStructure" })}/></structure:Structure>`;
    return `<structure:Dataflow${maint("Dataflow", f.id)}>${texts("Name", f.name)}${x.stub ? "" : texts("Description", f.description)}${x.stub ? "" : ref}</structure:Dataflow>`;
  });
  const codelists = of("codelist").map((x) => {
    const cl = s.codelists.find((c) => c.id === x.id)!;
    const codes = x.stub ? [] : cl.codes.filter((c) => !x.items || x.items.includes(c.id));
    const body = codes
      .map((c) => `<structure:Code${attrs({ id: c.id, urn: itemUrn("Code", cl.id, c.id) })}>${texts("Name", c.name)}${texts("Description", c.description)}${c.parent ? `<structure:Parent><Ref id="${esc(c.parent)}"/></structure:Parent>` : ""}</structure:Code>`)
      .join("");
    return `<structure:Codelist${maint("Codelist", cl.id, !!x.items)}>${texts("Name", cl.name)}${body}</structure:Codelist>`;
  });
  const schemes = of("conceptscheme").map((x) => {
    const concepts = x.stub ? [] : s.concepts.filter((c) => !x.items || x.items.includes(c.id));
    const body = concepts.map((c) => `<structure:Concept${attrs({ id: c.id, urn: itemUrn("Concept", CONCEPT_SCHEME_ID, c.id) })}>${texts("Name", c.name)}${texts("Description", c.description)}</structure:Concept>`).join("");
    return `<structure:ConceptScheme${maint("ConceptScheme", CONCEPT_SCHEME_ID, !!x.items)}>${texts("Name", CONCEPT_SCHEME_NAME)}${body}</structure:ConceptScheme>`;
  });
  const dsds = of("datastructure").map((x) => dataStructure(s, x.stub));
  const block = (tag: string, parts: string[]) => (parts.length ? `<structure:${tag}>${parts.join("")}</structure:${tag}>` : "");
  return (
    XML_DECL +
    `<message:Structure xmlns:message="${SDMX_NS.message}" xmlns:structure="${SDMX_NS.structure}" xmlns:common="${SDMX_NS.common}">` +
    header(h) +
    `<message:Structures>${block("Dataflows", flows)}${block("Codelists", codelists)}${block("Concepts", schemes)}${block("DataStructures", dsds)}</message:Structures>` +
    `</message:Structure>\n`
  );
}

export { AGENCY_NAME };
