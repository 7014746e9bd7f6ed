// A small JSON Schema checker for the subset z.toJSONSchema emits (type, enum, const,
// pattern, format, properties/required/additionalProperties, items, anyOf/oneOf/allOf,
// $ref into the OpenAPI components, numeric and length bounds). Tests use it to check
// every API answer against the published document without adding a validator package.
//
// The document's response schemas are open (v1 may add fields), so a spec-conforming
// validator accepts unknown fields. Our tests want more: a field the code emits but the
// document does not describe is drift, so by default an object schema that lists properties
// and says nothing about additionalProperties is treated as closed ({ undocumented: "refuse" }).
// { undocumented: "allow" } checks exactly what the document promises a client.
import type { JsonSchema } from "./json-schemas";

export type Root = { components?: { schemas?: Record<string, JsonSchema> } };

const FORMATS: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  "date-time": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
};

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

function resolve(root: Root, ref: string): JsonSchema {
  const m = /^#\/components\/schemas\/(.+)$/.exec(ref);
  const target = m ? root.components?.schemas?.[m[1]] : undefined;
  if (!target) throw new Error(`unresolvable $ref ${ref}`);
  return target;
}

export type ValidateOptions = {
  /** Fields not listed in an object schema's properties (when it has no additionalProperties): "refuse" (default) or "allow". */
  undocumented?: "refuse" | "allow";
};

/** Problems of `value` against `schema`, each as "path: what"; empty when it conforms. */
export function validateJson(value: unknown, schema: JsonSchema, root: Root, opts: ValidateOptions = {}): string[] {
  return check(value, schema, root, "$", opts.undocumented === "allow");
}

function check(value: unknown, schema: JsonSchema, root: Root, path: string, allowUndocumented: boolean): string[] {
  const s = schema as Record<string, any>;
  if (s.$ref) return check(value, resolve(root, s.$ref), root, path, allowUndocumented);
  const errs: string[] = [];
  const t = typeOf(value);
  if (s.type !== undefined) {
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((want) => want === t || (want === "number" && t === "integer"))) return [`${path}: expected ${types.join("|")}, got ${t}`];
  }
  if (s.enum && !s.enum.some((e: unknown) => e === value)) errs.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if ("const" in s && s.const !== value) errs.push(`${path}: expected const ${JSON.stringify(s.const)}`);
  if (typeof value === "string") {
    if (s.pattern && !new RegExp(s.pattern, "u").test(value)) errs.push(`${path}: "${value}" does not match ${s.pattern}`);
    if (s.format && FORMATS[s.format] && !FORMATS[s.format].test(value)) errs.push(`${path}: "${value}" is not a ${s.format}`);
  }
  if (typeof value === "number") {
    if (s.minimum !== undefined && value < s.minimum) errs.push(`${path}: below minimum ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) errs.push(`${path}: above maximum ${s.maximum}`);
  }
  if (Array.isArray(value)) {
    if (s.maxItems !== undefined && value.length > s.maxItems) errs.push(`${path}: more than ${s.maxItems} items`);
    if (s.minItems !== undefined && value.length < s.minItems) errs.push(`${path}: fewer than ${s.minItems} items`);
    if (s.items) value.forEach((v, i) => errs.push(...check(v, s.items, root, `${path}[${i}]`, allowUndocumented)));
  }
  if (t === "object") errs.push(...validateObject(value as Record<string, unknown>, s, root, path, allowUndocumented));
  if (s.allOf) for (const sub of s.allOf) errs.push(...check(value, sub, root, path, allowUndocumented));
  if (s.anyOf && !s.anyOf.some((sub: JsonSchema) => check(value, sub, root, path, allowUndocumented).length === 0)) errs.push(`${path}: matches none of anyOf`);
  if (s.oneOf && s.oneOf.filter((sub: JsonSchema) => check(value, sub, root, path, allowUndocumented).length === 0).length !== 1) errs.push(`${path}: must match exactly one of oneOf`);
  return errs;
}

function validateObject(value: Record<string, unknown>, s: Record<string, any>, root: Root, path: string, allowUndocumented: boolean): string[] {
  const errs: string[] = [];
  const closed = s.additionalProperties === false || (s.additionalProperties === undefined && s.properties !== undefined && !allowUndocumented);
  for (const key of s.required ?? []) if (!(key in value)) errs.push(`${path}: missing required ${key}`);
  const props: Record<string, JsonSchema> = s.properties ?? {};
  for (const [key, v] of Object.entries(value)) {
    if (props[key]) errs.push(...check(v, props[key], root, `${path}.${key}`, allowUndocumented));
    else if (closed) errs.push(`${path}: unexpected property ${key}`);
    else if (s.additionalProperties && typeof s.additionalProperties === "object") errs.push(...check(v, s.additionalProperties, root, `${path}.${key}`, allowUndocumented));
  }
  return errs;
}

/** The schema the document gives for a GET answer of `path` with `status` (following response $refs). */
export function responseSchema(doc: Record<string, any>, path: string, status = "200"): JsonSchema {
  let response = doc.paths?.[path]?.get?.responses?.[status];
  const ref = typeof response?.$ref === "string" ? /^#\/components\/responses\/(.+)$/.exec(response.$ref) : null;
  if (ref) response = doc.components?.responses?.[ref[1]];
  const schema = response?.content?.["application/json"]?.schema;
  if (!schema) throw new Error(`no JSON schema for GET ${path} ${status}`);
  return schema;
}
