// SDMX-CSV 2.0: one header line of component ids (or "ID: name" with labels=both, names with
// labels=name), one line per observation, STRUCTURE / STRUCTURE_ID / ACTION first. UTF-8 with a
// BOM and text cells neutralised against formulas, as every CSV of the site (lib/export/csv.ts),
// because Excel and Power Query are who read it.
import { toCsv, type CsvColumn } from "@/lib/export/csv";
import { AGENCY, VERSION } from "../ids";
import type { DataSetRows } from "../data/select-data";
import type { SdmxRow } from "../data/rows";
import type { CsvLabels } from "../negotiate";
import { conceptName, valueNames } from "../json/data-json";
import { KEY_DIMENSIONS, OBS_ATTRIBUTES, SERIES_ATTRIBUTES, type SdmxStructures } from "../structure/model";
import type { Lang } from "../json/structure-json";

const COMPONENTS = [...KEY_DIMENSIONS, "TIME_PERIOD", "OBS_VALUE", ...SERIES_ATTRIBUTES, ...OBS_ATTRIBUTES];
const UNCODED = new Set(["TIME_PERIOD", "OBS_VALUE", "OBS_COMMENT", "COMPUTED"]);

export function dataCsv(sets: DataSetRows[], flow: string, s: SdmxStructures, labels: CsvLabels, lang: Lang): string {
  type Line = { row: SdmxRow; action: string };
  const lines: Line[] = sets.flatMap((set) => set.rows.map((row) => ({ row, action: set.validFrom ? "R" : "I" })));
  const label = (id: string, text: string) => (labels === "id" ? id : labels === "name" ? text : `${id}: ${text}`);
  const columns: CsvColumn<Line>[] = [
    { header: "STRUCTURE", value: () => "dataflow" },
    { header: "STRUCTURE_ID", value: () => `${AGENCY}:${flow}(${VERSION})` },
    { header: "ACTION", value: (l) => l.action },
    ...COMPONENTS.map((id): CsvColumn<Line> => {
      const names = valueNames(s, id);
      return {
        header: label(id, conceptName(s, id)[lang]),
        numeric: id === "OBS_VALUE",
        value: (l) => {
          const v = l.row.c[id];
          return v === null || v === undefined || UNCODED.has(id) ? v : label(v, names(v)[lang]);
        },
      };
    }),
  ];
  return toCsv(lines, columns);
}
