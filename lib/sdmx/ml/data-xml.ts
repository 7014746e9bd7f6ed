// SDMX-ML 2.1 structure-specific data (message:StructureSpecificData): series keyed by every
// dimension but the one at the observation level (TIME_PERIOD by default, another dimension
// for a cross-section), or flat observations for AllDimensions. A missing or withheld value
// has no OBS_VALUE attribute (rsdmx reads NA); its OBS_STATUS / OBS_CONF say why.
import { AGENCY, DSD_ID, SDMX_NS, VERSION, urn } from "../ids";
import type { DataSetRows } from "../data/select-data";
import { OBS_ATTRIBUTES, SERIES_ATTRIBUTES, KEY_DIMENSIONS } from "../structure/model";
import { XML_DECL, attrs, esc, header, type HeaderInfo } from "./xml";

export const STRUCTURE_REF = `${AGENCY}_${DSD_ID}_${VERSION.replace(/\./g, "_")}`;

export function dsdNamespace(dimensionAtObservation: string): string {
  return `${urn("DataStructure", DSD_ID)}:ObsLevelDim:${dimensionAtObservation}`;
}

/** Components on the series (key and series attributes) and on the observation, for an observation dimension. */
export function layout(dimensionAtObservation: string): { series: string[]; obs: string[] } {
  const all = [...KEY_DIMENSIONS, "TIME_PERIOD"];
  if (dimensionAtObservation === "AllDimensions") return { series: [], obs: [...all, "OBS_VALUE", ...SERIES_ATTRIBUTES, ...OBS_ATTRIBUTES] };
  return { series: [...all.filter((d) => d !== dimensionAtObservation), ...SERIES_ATTRIBUTES], obs: [dimensionAtObservation, "OBS_VALUE", ...OBS_ATTRIBUTES] };
}

const values = (c: Record<string, string | null>, ids: string[]) => attrs(Object.fromEntries(ids.map((id) => [id, c[id]])));

export function dataXml(sets: DataSetRows[], flow: string, dimensionAtObservation: string, h: HeaderInfo): string {
  const ns = dsdNamespace(dimensionAtObservation);
  const { series, obs } = layout(dimensionAtObservation);
  const structure = `<message:Structure${attrs({ structureID: STRUCTURE_REF, namespace: ns, dimensionAtObservation })}><common:StructureUsage><Ref${attrs({ agencyID: AGENCY, id: flow, version: VERSION })}/></common:StructureUsage></message:Structure>`;
  const body = sets
    .map((set) => {
      const setAttrs = attrs({
        "ss:structureRef": STRUCTURE_REF,
        "xsi:type": "ns1:DataSetType",
        "ss:dataScope": "DataStructure",
        "ss:action": set.validFrom ? "Replace" : "Information",
        "ss:validFromDate": set.validFrom?.toISOString(),
        "ss:validToDate": set.validTo?.toISOString(),
      });
      let inner = "";
      if (!series.length) inner = set.rows.map((r) => `<Obs${values(r.c, obs)}/>`).join("");
      else {
        let open: string | null = null;
        for (const r of set.rows) {
          const s = values(r.c, series);
          if (s !== open) {
            if (open !== null) inner += "</Series>";
            inner += `<Series${s}>`;
            open = s;
          }
          inner += `<Obs${values(r.c, obs)}/>`;
        }
        if (open !== null) inner += "</Series>";
      }
      return `<message:DataSet${setAttrs}>${inner}</message:DataSet>`;
    })
    .join("");
  return (
    XML_DECL +
    `<message:StructureSpecificData xmlns:message="${SDMX_NS.message}" xmlns:common="${SDMX_NS.common}" xmlns:ss="${SDMX_NS.ss}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns1="${esc(ns)}">` +
    header(h, structure) +
    body +
    `</message:StructureSpecificData>\n`
  );
}
