// Identifiers of the bureau's SDMX artefacts. One maintenance agency; every artefact has
// version 1.0.0 (valid both as an SDMX 2.1 VersionType and as an SDMX 3 semantic version).
// Changing an id here breaks every saved SDMX query of our users: add, never rename.
export const AGENCY = "SYTJJ";
export const VERSION = "1.0.0";
export const DSD_ID = "DSD_DE";
export const CONCEPT_SCHEME_ID = "CS_DE";
export const ALL_FLOW = "DF_DE";

export const SDMX_NS = {
  message: "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message",
  structure: "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure",
  common: "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common",
  ss: "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific",
} as const;

export type ArtefactClass = "Dataflow" | "DataStructure" | "Codelist" | "ConceptScheme" | "AgencyScheme";
const PACKAGE: Record<ArtefactClass, string> = {
  Dataflow: "datastructure",
  DataStructure: "datastructure",
  Codelist: "codelist",
  ConceptScheme: "conceptscheme",
  AgencyScheme: "base",
};

export function urn(cls: ArtefactClass, id: string, agency = AGENCY, version = VERSION): string {
  return `urn:sdmx:org.sdmx.infomodel.${PACKAGE[cls]}.${cls}=${agency}:${id}(${version})`;
}

export function itemUrn(cls: "Code" | "Concept" | "Agency", schemeId: string, itemId: string, agency = AGENCY, version = VERSION): string {
  const pkg = cls === "Code" ? "codelist" : cls === "Concept" ? "conceptscheme" : "base";
  return `urn:sdmx:org.sdmx.infomodel.${pkg}.${cls}=${agency}:${schemeId}(${version}).${itemId}`;
}

export function packageOf(cls: ArtefactClass): string {
  return PACKAGE[cls];
}
