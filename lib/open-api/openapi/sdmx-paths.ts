// The SDMX REST 2.x operations in the OpenAPI document (the path scheme of the SDMX REST API;
// an omitted trailing path element means "all").
import { MEDIA_TYPE } from "@/lib/sdmx/negotiate";
import { AGENCY, ALL_FLOW, VERSION } from "@/lib/sdmx/ids";
import { MAX_ANSWER_OBSERVATIONS } from "@/lib/sdmx/query/data-query";
import { KEY_DIMENSIONS } from "@/lib/sdmx/structure/model";

const pathParam = (name: string, description: string, example: string) => ({ name, in: "path", required: true, description, schema: { type: "string" }, example });
const query = (name: string, description: string, schema: Record<string, unknown> = { type: "string" }) => ({ name, in: "query", required: false, description, schema });

const sdmxError = (description: string) => ({
  description,
  content: {
    "application/vnd.sdmx.error+xml;version=2.1": { schema: { type: "string" } },
    "application/vnd.sdmx.data+json;version=2.0.0": { schema: { type: "object", properties: { errors: { type: "array", items: { type: "object" } } } } },
  },
});

const responses = (ok: Record<string, unknown>, cacheHeaders: unknown) => ({
  "200": { description: "OK", headers: cacheHeaders, content: ok },
  "304": { description: "Not modified: the ETag sent in If-None-Match is current." },
  "400": sdmxError("The path or a parameter is malformed (SDMX error code 140)."),
  "404": sdmxError("No results: nothing matches the query (SDMX error code 100)."),
  "406": sdmxError("None of the formats in Accept is offered."),
  "429": sdmxError("Rate limit exceeded (the open API's limit)."),
  "501": sdmxError("A feature of the standard this service does not implement (SDMX error code 501)."),
  "503": { $ref: "#/components/responses/ServiceUnavailable" },
});

const formatParam = (values: string[]) => query("format", `For browsers: ${values.join(", ")} (otherwise the Accept header decides; */* gets SDMX-ML 2.1).`, { type: "string", enum: values });
const lang = query("lang", "Language of the best-match names (name; names has both): zh (default) or en.", { type: "string", enum: ["zh", "en"] });

export function sdmxPaths(cacheHeaders: unknown): Record<string, unknown> {
  const structureParams = [
    pathParam("structureType", "dataflow, datastructure, codelist, conceptscheme, or * (all); other SDMX types answer 404", "dataflow"),
    pathParam("agencyID", `Maintenance agency: ${AGENCY} or *`, AGENCY),
    pathParam("resourceID", `Artefact id, a comma list or *, e.g. ${ALL_FLOW}, DSD_DE, CL_AREA`, ALL_FLOW),
    pathParam("version", `${VERSION}, ~ or + (latest), * (all) or a semantic-version wildcard such as 1+.0.0`, VERSION),
    query("detail", "full (default), allstubs, referencestubs, allcompletestubs, referencecompletestubs, referencepartial, raw"),
    query("references", "none (default), parents, parentsandsiblings, ancestors, children, descendants, all, or an artefact type"),
    formatParam(["sdmx-ml", "sdmx-json"]),
    lang,
  ];
  const structureOk = {
    [MEDIA_TYPE.structure.ml]: { schema: { type: "string" } },
    [MEDIA_TYPE.structure.json]: { schema: { type: "object" } },
  };
  const structure = (operationId: string, extra: unknown[] = []) => ({
    get: {
      operationId,
      tags: ["SDMX"],
      summary: "SDMX structures / SDMX 结构",
      description: "Dataflows (the whole monitor and one per regulation chapter), the data structure definition, codelists (generated from the catalogue and the regions; discontinued indicators stay) and the concept scheme. SDMX-ML 2.1 structure message or SDMX-JSON 2.0.0.",
      security: [],
      parameters: [...structureParams.slice(0, 4), ...extra, ...structureParams.slice(4)],
      responses: responses(structureOk, cacheHeaders),
    },
  });
  const dataOk = {
    [MEDIA_TYPE.data.ml]: { schema: { type: "string" } },
    [MEDIA_TYPE.data.json]: { schema: { type: "object" } },
    [MEDIA_TYPE.data.csv]: { schema: { type: "string" } },
  };
  return {
    "/sdmx/v2/structure/{structureType}/{agencyID}/{resourceID}/{version}": structure("getSdmxStructure"),
    "/sdmx/v2/structure/{structureType}/{agencyID}/{resourceID}/{version}/{itemID}": structure("getSdmxStructureItem", [pathParam("itemID", "A code or concept id (comma list): the item scheme comes back with only those items (isPartial)", "210102")]),
    "/sdmx/v2/data/{context}/{agencyID}/{resourceID}/{version}/{key}": {
      get: {
        operationId: "getSdmxData",
        tags: ["SDMX"],
        summary: "SDMX data / SDMX 数据",
        description:
          `Released data only, as the open API answers them (withheld values without a value, OBS_CONF=C). Key dimensions in order: ${KEY_DIMENSIONS.join(".")}; TIME_PERIOD at the observation level by default. ` +
          "SDMX-ML 2.1 structure-specific data (default, also for */*), SDMX-JSON 2.0.0 or SDMX-CSV 2.0.0 (labels=id|name|both as a media-type parameter or a query parameter).",
        security: [],
        parameters: [
          pathParam("context", "dataflow, datastructure or *", "dataflow"),
          pathParam("agencyID", `${AGENCY} or *`, AGENCY),
          pathParam("resourceID", `Dataflow id (${ALL_FLOW}, DF_DE_INFRASTRUCTURE, …) or *`, ALL_FLOW),
          pathParam("version", `${VERSION}, ~, + or *`, VERSION),
          pathParam("key", "Dimension values separated by '.', '*' or empty for any, '+' between alternatives, ',' between keys; e.g. Q.DE001.210100.LEVEL", "Q.DE001.210100.LEVEL"),
          { ...query("c", "Component filters c[DIM]=value: c[TIME_PERIOD]=ge:2024-Q1+le:2025-Q2, c[INDICATOR]=DE001,DE004, c[REF_AREA]=210102; operators eq ne lt le gt ge co nc sw ew; ',' is OR, '+' is AND", { type: "object", additionalProperties: { type: "string" } }), style: "deepObject", explode: true },
          query("firstNObservations", "At most this many observations per series, from the first", { type: "integer", minimum: 1 }),
          query("lastNObservations", "At most this many observations per series, from the latest", { type: "integer", minimum: 1 }),
          query("dimensionAtObservation", "TIME_PERIOD (default, time series), AllDimensions (flat) or a key dimension (cross-section)"),
          query("updatedAfter", "Only what was released or revised after this date-time (a date means its start, Beijing time)", { type: "string" }),
          query("asOf", "The data as they were public at this date-time (a date means its end, Beijing time)", { type: "string" }),
          query("includeHistory", "true: one data set per release with validFrom/validTo, holding what that release added or revised", { type: "boolean" }),
          query("offset", "Observations to skip", { type: "integer", minimum: 0 }),
          query("limit", "At most this many observations", { type: "integer", minimum: 1 }),
          query("startPeriod", "SDMX 2.1 form of c[TIME_PERIOD]=ge:…"),
          query("endPeriod", "SDMX 2.1 form of c[TIME_PERIOD]=le:…"),
          query("labels", "SDMX-CSV: id (default), name or both", { type: "string", enum: ["id", "name", "both"] }),
          formatParam(["sdmx-ml", "sdmx-json", "sdmx-csv"]),
          lang,
        ],
        responses: {
          ...responses(dataOk, cacheHeaders),
          "413": sdmxError(`The answer would hold more than ${MAX_ANSWER_OBSERVATIONS} observations (keys × measures): narrow the key or the period (SDMX error code 130).`),
        },
      },
    },
  };
}
