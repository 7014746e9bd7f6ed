import { describe, expect, it } from "vitest";
import { isDbUnavailable } from "./unavailable";

// Shapes as pg 8 and Prisma 6 (adapter-pg) throw them, recorded against a stopped PostgreSQL.
const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:54600"), { code: "ECONNREFUSED", errno: -111, syscall: "connect" });
const adminShutdown = Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01", severity: "FATAL" });
const prismaModel = Object.assign(new Error("Invalid `prisma.user.findFirst()` invocation"), {
  name: "PrismaClientKnownRequestError",
  code: "P1001",
  meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 54600 } } },
});
const prismaRaw = Object.assign(new Error("Raw query failed. Code: `N/A`."), {
  name: "PrismaClientKnownRequestError",
  code: "P2010",
  meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "ConnectionClosed" } } },
});
const prismaRawPg = Object.assign(new Error("Raw query failed."), {
  code: "P2010",
  meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01", code: "57P01" } } },
});

describe("isDbUnavailable", () => {
  it("recognises refused, dropped and shutting-down connections from pg and Prisma", () => {
    for (const e of [refused, adminShutdown, prismaModel, prismaRaw, prismaRawPg]) expect(isDbUnavailable(e)).toBe(true);
    expect(isDbUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDbUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDbUnavailable(new Error("wrapped", { cause: refused }))).toBe(true);
    expect(isDbUnavailable(new AggregateError([refused], "connect failed"))).toBe(true);
  });

  it("leaves bugs and domain failures alone", () => {
    expect(isDbUnavailable(new Error("boom"))).toBe(false);
    expect(isDbUnavailable(Object.assign(new Error("duplicate key value"), { code: "23505", severity: "ERROR" }))).toBe(false);
    expect(isDbUnavailable(Object.assign(new Error('syntax error at or near "SELEC"'), { code: "42601" }))).toBe(false);
    expect(isDbUnavailable({ code: "P2002", meta: { driverAdapterError: { cause: { kind: "UniqueConstraintViolation" } } } })).toBe(false);
    expect(isDbUnavailable(null)).toBe(false);
    expect(isDbUnavailable("ECONNREFUSED")).toBe(false);
  });

  it("survives an error that wraps itself", () => {
    const e: Error & { cause?: unknown } = new Error("loop");
    e.cause = e;
    expect(isDbUnavailable(e)).toBe(false);
  });
});
