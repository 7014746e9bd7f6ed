// Checks of SDMX and JSON-stat answers against the normative schemas, for tests: SDMX-JSON
// with Ajv (JSON Schema 2019-09 dialect, formats on: without them some oneOf branches of the
// SDMX schemas both match) and SDMX-ML with xmllint and the SDMX-ML 2.1 XSDs. The schemas are
// the working group's own, kept in data/sdmx-schemas (SDMX_REFERENCE_DIR points elsewhere).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv2019Module from "ajv/dist/2019.js";
import addFormatsModule from "ajv-formats";

// CommonJS packages: under ESM (Playwright) the class is on .default, under tsx/vitest it may be the module itself
type AjvCtor = typeof import("ajv/dist/2019.js").default;
const Ajv2019: AjvCtor = (Ajv2019Module as unknown as { default?: AjvCtor }).default ?? (Ajv2019Module as unknown as AjvCtor);
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

export const SDMX_REFERENCE_DIR = process.env.SDMX_REFERENCE_DIR ?? path.resolve(process.cwd(), "data/sdmx-schemas");

const compiled = new Map<string, (v: unknown) => string[]>();

function jsonValidator(file: string): (v: unknown) => string[] {
  let fn = compiled.get(file);
  if (!fn) {
    const schema = JSON.parse(readFileSync(path.join(SDMX_REFERENCE_DIR, file), "utf8"));
    delete schema.$schema; // "http://json-schema.org/schema#": evaluated as 2019-09, as the SDMX TWG publishes it
    if (typeof schema.id === "string") schema.$id ??= schema.id; // the data schema names itself draft-04 style
    delete schema.id;
    const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: true, unicodeRegExp: false }) // the schemas escape "-" in patterns, which the u flag refuses;
    addFormats(ajv);
    const validate = ajv.compile(schema);
    fn = (v) => (validate(v) ? [] : (validate.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || "$"} ${e.message} ${JSON.stringify(e.params)}`));
    compiled.set(file, fn);
  }
  return fn;
}

export const validateSdmxJsonStructure = (v: unknown) => jsonValidator("json-2.0.0/sdmx-json-structure-schema.json")(v);
export const validateSdmxJsonData = (v: unknown) => jsonValidator("json-2.0.0/sdmx-json-data-schema.json")(v);

/** xmllint's complaints about an SDMX-ML message, or [] when it validates. `schema` defaults to SDMXMessage.xsd. */
export function validateSdmxMl(xml: string, schema = path.join(SDMX_REFERENCE_DIR, "ml-2.1/SDMXMessage.xsd")): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "sdmx-ml-"));
  const file = path.join(dir, "message.xml");
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--nonet", "--schema", schema, file], { stdio: "pipe" });
    return [];
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    return (err.stderr?.toString() ?? err.message).split("\n").filter((l) => l && !l.endsWith("fails to validate"));
  }
}
