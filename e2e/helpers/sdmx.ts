// Helpers of the SDMX and JSON-stat specs: a fixed data set the spec uploads and releases at
// fixed times (so answers about it never depend on today's date), golden files, validation.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";
import { dsdSchema } from "../../lib/sdmx/ml/dsd-schema";
import { SDMX_REFERENCE_DIR, validateSdmxMl } from "../../lib/sdmx/testing/validators";
import { testDb } from "./db";
import { callAs, stageCsv } from "./workflow";

export const T1 = new Date("2016-01-20T02:00:00Z");
export const T2 = new Date("2016-04-20T02:00:00Z");

/** DE001 (亿元, quarterly year-to-date) for 2015 in the city and 和平区: a preliminary, a withheld value, then a revision of 2015Q4. */
export const FIRST = [
  "指标代码,地区代码,时期,数值,标志",
  "DE001,210100,2015Q1,10.5,",
  "DE001,210100,2015Q2,22.25,初步",
  "DE001,210100,2015Q3,35,",
  "DE001,210100,2015Q4,50.125,",
  "DE001,210102,2015Q1,1.5,",
  "DE001,210102,2015Q2,x,",
  "DE001,210102,2015Q3,4.75,",
  "DE001,210102,2015Q4,6,",
].join("\n");
export const REVISION = ["指标代码,地区代码,时期,数值,标志", "DE001,210100,2015Q4,51.5,"].join("\n");

async function bump(): Promise<void> {
  await testDb().query(`INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1', now())
    ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`);
}

/** Stages, submits and approves a file, then dates its release at `at` (a calendar move without the note). */
export async function release(baseURL: string, csv: string, at: Date, revisionReason?: string): Promise<number> {
  const id = await stageCsv(baseURL, csv);
  expect((await callAs(baseURL, "uploader", `/api/v1/batches/${id}/submit`)).status).toBe(200);
  const approved = await callAs(baseURL, "reviewer", `/api/v1/batches/${id}/approve`, { releaseAt: new Date(Date.now() + 3600_000).toISOString(), ...(revisionReason ? { revisionReason } : {}) });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  await testDb().query("UPDATE release SET release_at = $2 WHERE id = (SELECT release_id FROM batch WHERE id = $1)", [id, at]);
  await bump();
  return id;
}

export async function removeBatches(ids: number[]): Promise<void> {
  if (!ids.length) return;
  await testDb().query("DELETE FROM batch WHERE id = ANY($1)", [ids]);
  await bump();
}

/** What changes from one answer to the next of the same query: the message id and preparation time. */
export function normalise(body: string): string {
  return body
    .replace(/<message:ID>[^<]*<\/message:ID>/, "<message:ID>ID</message:ID>")
    .replace(/<message:Prepared>[^<]*<\/message:Prepared>/, "<message:Prepared>PREPARED</message:Prepared>")
    .replace(/"id":"IREF[0-9A-F]+"/, '"id":"ID"')
    .replace(/"prepared":"[^"]+"/, '"prepared":"PREPARED"');
}

const GOLDEN = path.join(process.cwd(), "e2e", "golden", "sdmx");

/** Compares with e2e/golden/sdmx/<name>; UPDATE_GOLDEN=1 writes it instead. */
export function expectGolden(name: string, body: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
    if (process.env.CI && !existsSync(file)) throw new Error(`golden file ${name} is missing`);
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, body);
  }
  expect(body, `golden ${name} (UPDATE_GOLDEN=1 to accept a deliberate change)`).toBe(readFileSync(file, "utf8"));
}

/** SDMX-ML data validated against SDMXMessage.xsd and the DSD-specific schema of its observation dimension. */
export function validateDataMl(xml: string, dimensionAtObservation = "TIME_PERIOD"): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "sdmx-dsd-"));
  const schema = path.join(dir, "dsd.xsd");
  writeFileSync(schema, dsdSchema(dimensionAtObservation, path.join(SDMX_REFERENCE_DIR, "ml-2.1")));
  return validateSdmxMl(xml, schema);
}
