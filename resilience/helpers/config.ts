// Where the resilience tests and the load benchmark run: their own ports, data directory and
// build, so that they never meet a developer's server or another suite. Override with
// RESILIENCE_PORT_BASE (app ports base … base+9), RESILIENCE_PG_PORT, RESILIENCE_DIR and
// NEXT_DIST_DIR (the production build to serve; `next build` must have run).
import path from "node:path";

export const ROOT = process.cwd();
export const PORT_BASE = Number(process.env.RESILIENCE_PORT_BASE ?? 3460);
export const PG_PORT = Number(process.env.RESILIENCE_PG_PORT ?? 54660);
export const WORK_DIR = path.resolve(process.env.RESILIENCE_DIR ?? ".data/resilience");
export const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "demo-2025";
/** The seeded database every test copies (CREATE DATABASE … TEMPLATE): seeding once saves ~5 s a file. */
export const TEMPLATE_DB = "test_resilience_template";

/** App port for a test file's n-th server. */
export const appPort = (n: number) => PORT_BASE + n;
