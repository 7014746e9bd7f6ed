// JSON Schema (2020-12, the dialect of OpenAPI 3.1) of the registered zod schemas, via zod 4's
// built-in z.toJSONSchema. Components refer to each other as #/components/schemas/<id>.
//
// The components are response schemas, and v1 may add fields to answers, so they are open:
// zod's output side closes every object with additionalProperties:false, which would make a
// client generated with strict validation refuse the first added field; it is dropped here.
// Requests stay strict: unknown query parameters are refused (400) by the zod query schemas.
// Our own tests still refuse undocumented fields (validateJson's default, validate-json.ts).
import { z } from "zod";
import { apiRegistry } from "../schemas";

export type JsonSchema = Record<string, unknown>;

export function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiRegistry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: "output",
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  });
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // $schema and $id belong to standalone documents, not to schemas inside OpenAPI components
    const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema;
    out[id] = rest;
  }
  return out;
}

export type QueryParameter = {
  name: string;
  in: "query";
  required: false;
  description?: string;
  schema: JsonSchema;
  style?: "form";
  explode?: boolean;
};

/** A strict zod object of query parameters → OpenAPI parameter objects (input side: before defaults). */
export function queryParameters(schema: z.ZodType): QueryParameter[] {
  const json = z.toJSONSchema(schema, { io: "input" }) as { properties?: Record<string, JsonSchema> };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => {
    const { description, ...rest } = prop as JsonSchema & { description?: string };
    const isList = rest.type === "array";
    return {
      name,
      in: "query",
      required: false,
      ...(description ? { description } : {}),
      schema: rest,
      ...(isList ? { style: "form" as const, explode: true } : {}),
    };
  });
}
