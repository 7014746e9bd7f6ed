// Environment switches, read in one place.

function flag(v: string | undefined): boolean | undefined {
  if (v === undefined || v === "") return undefined;
  return ["1", "true", "yes", "on"].includes(v.toLowerCase());
}

/** SEED_DEMO: on by default with the embedded database, off with DATABASE_URL unless asked for. */
export function seedDemoEnabled(embedded: boolean): boolean {
  return flag(process.env.SEED_DEMO) ?? embedded;
}
