// /sdmx/v2/structure/{type}/{agencyID}/{resourceID}/{version}/{itemID}?detail&references:
// which artefacts to answer, as stubs or in full. Omitted trailing path elements mean "all".
import { AGENCY, VERSION } from "../ids";
import { badSyntax, noResults, SdmxError } from "../errors";
import type { SdmxStructures } from "../structure/model";
import { selector, versionMatches } from "./versions";

export type ArtefactType = "dataflow" | "datastructure" | "codelist" | "conceptscheme";
export type Selected = { type: ArtefactType; id: string; stub: boolean; items: string[] | null };

// The artefact types of the standard: a type we have none of answers 404, not 400.
const KNOWN = new Set(
  "datastructure metadatastructure categoryscheme conceptscheme codelist hierarchy hierarchyassociation valuelist agencyscheme dataproviderscheme metadataproviderscheme dataconsumerscheme organisationunitscheme dataflow metadataflow reportingtaxonomy provisionagreement metadataprovisionagreement structuremap representationmap conceptschememap categoryschememap organisationschememap reportingtaxonomymap process categorisation dataconstraint metadataconstraint transformationscheme rulesetscheme userdefinedoperatorscheme customtypescheme namepersonalisationscheme vtlmappingscheme structure".split(" "),
);
const OURS: ArtefactType[] = ["dataflow", "datastructure", "codelist", "conceptscheme"];
const DETAIL = ["full", "allstubs", "referencestubs", "allcompletestubs", "referencecompletestubs", "referencepartial", "raw"] as const;
const REFERENCES = ["none", "parents", "parentsandsiblings", "ancestors", "children", "descendants", "all", ...OURS] as const;
const PARAMS = new Set(["detail", "references", "format", "asOf", "lang"]);

export type StructureQuery = { types: ArtefactType[]; agencies: string[] | null; ids: string[] | null; version: string | undefined; items: string[] | null; detail: (typeof DETAIL)[number]; references: (typeof REFERENCES)[number] };

export function parseStructureQuery(segments: string[], search: URLSearchParams): StructureQuery {
  if (segments.length > 5) throw badSyntax("路径过长", "Too many path elements");
  for (const k of search.keys()) if (!PARAMS.has(k)) throw badSyntax(`未知参数 ${k}`, `Unknown parameter ${k}`);
  const [type = "*", agency, id, version, item] = segments;
  if (type !== "*" && type !== "all" && !KNOWN.has(type)) throw badSyntax(`未知结构类型 ${type}`, `Unknown structure type ${type}`);
  const detail = (search.get("detail") ?? "full") as StructureQuery["detail"];
  if (!DETAIL.includes(detail)) throw badSyntax(`参数 detail 无效：可用 ${DETAIL.join(", ")}`, `Parameter detail is invalid: use ${DETAIL.join(", ")}`);
  const references = (search.get("references") ?? "none") as StructureQuery["references"];
  if (!REFERENCES.includes(references)) throw badSyntax(`参数 references 无效：可用 ${REFERENCES.join(", ")}`, `Parameter references is invalid: use ${REFERENCES.join(", ")}`);
  const items = selector(item, "itemID");
  if (items && type !== "codelist" && type !== "conceptscheme") throw badSyntax("只有代码表和概念体系可按条目查询", "itemID applies to codelists and concept schemes only");
  const types = type === "*" || type === "all" || type === "structure" ? OURS : OURS.filter((t) => t === type);
  return { types, agencies: selector(agency, "agencyID"), ids: selector(id, "resourceID"), version, items, detail, references };
}

type Node = { type: ArtefactType; id: string };

function children(n: Node, s: SdmxStructures): Node[] {
  if (n.type === "dataflow") return [{ type: "datastructure", id: "DSD_DE" }];
  if (n.type === "datastructure") return [...s.codelists.map((c) => ({ type: "codelist" as const, id: c.id })), { type: "conceptscheme", id: "CS_DE" }];
  return [];
}

function parents(n: Node, s: SdmxStructures): Node[] {
  if (n.type === "datastructure") return s.dataflows.map((f) => ({ type: "dataflow" as const, id: f.id }));
  if (n.type === "codelist" || n.type === "conceptscheme") return [{ type: "datastructure", id: "DSD_DE" }];
  return [];
}

function all(s: SdmxStructures): Node[] {
  return [
    ...s.dataflows.map((f) => ({ type: "dataflow" as const, id: f.id })),
    { type: "datastructure" as const, id: "DSD_DE" },
    ...s.codelists.map((c) => ({ type: "codelist" as const, id: c.id })),
    { type: "conceptscheme" as const, id: "CS_DE" },
  ];
}

/** The artefacts a structure query answers, matches first, then their references. 404 when none match. */
export function selectArtefacts(q: StructureQuery, s: SdmxStructures): Selected[] {
  const agencyOk = !q.agencies || q.agencies.includes(AGENCY);
  const matches = agencyOk && versionMatches(q.version, VERSION) ? all(s).filter((n) => q.types.includes(n.type) && (!q.ids || q.ids.includes(n.id))) : [];
  if (!matches.length) throw noResults();
  const key = (n: Node) => `${n.type}:${n.id}`;
  const out = new Map<string, Selected>();
  const stubAll = q.detail === "allstubs" || q.detail === "allcompletestubs";
  for (const n of matches) out.set(key(n), { ...n, stub: stubAll, items: q.items });
  const refStub = stubAll || q.detail === "referencestubs" || q.detail === "referencecompletestubs";
  const add = (nodes: Node[]) => {
    for (const n of nodes) if (!out.has(key(n))) out.set(key(n), { ...n, stub: refStub, items: null });
  };
  const r = q.references;
  const down = (nodes: Node[], deep: boolean): Node[] => {
    const found = nodes.flatMap((n) => children(n, s));
    return deep && found.length ? [...found, ...down(found, true)] : found;
  };
  const up = (nodes: Node[], deep: boolean): Node[] => {
    const found = nodes.flatMap((n) => parents(n, s));
    return deep && found.length ? [...found, ...up(found, true)] : found;
  };
  if (r === "children" || r === "all") add(down(matches, r === "all"));
  if (r === "descendants") add(down(matches, true));
  if (r === "parents" || r === "parentsandsiblings" || r === "all") add(up(matches, false));
  if (r === "ancestors") add(up(matches, true));
  if (r === "parentsandsiblings" || r === "all") add(down(up(matches, false), false));
  if ((OURS as readonly string[]).includes(r)) add([...down(matches, true), ...up(matches, true), ...down(up(matches, true), true)].filter((n) => n.type === r));
  if (q.items && q.types.length === 1) {
    for (const sel of out.values()) {
      if (!sel.items) continue;
      const known = sel.type === "codelist" ? s.codelists.find((c) => c.id === sel.id)?.codes.map((c) => c.id) : s.concepts.map((c) => c.id);
      if (!known?.some((k) => sel.items!.includes(k))) out.delete(key(sel));
    }
    if (![...out.values()].some((x) => x.items)) throw noResults();
  }
  return [...out.values()];
}

export { SdmxError };
