// Recognises "the database is unreachable" among the errors pg and Prisma throw, so that the
// app can answer 503 (try again shortly) instead of 500 (our bug). Pure: no imports, so that
// proxy.ts, route handlers and the pools' error events can all use it.
//
// What counts: the server refused or dropped the connection (ECONNREFUSED, ECONNRESET…), it is
// shutting down or starting up (SQLSTATE 57P01/57P02/57P03, class 08 connection exceptions),
// it has no connection slot left (53300), or our pool timed out waiting for a connection.
// Anything else — a constraint violation, a syntax error — is a bug or a domain failure and
// must not be disguised as an outage.

const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006", "08007"]);
// P1001 can't reach, P1002 timed out reaching, P1008 operation timed out, P1017 server closed
// the connection, P2024 timed out fetching a connection from the pool
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// DriverAdapterError causes (@prisma/adapter-pg convertDriverError)
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Cannot use a pool after calling end|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection due to administrator command|Can't reach database server|Server has closed the connection/i;

type Loose = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown; originalCode?: unknown; errors?: unknown };

/** True when `e` (or anything it wraps) says the database cannot be reached right now. */
export function isDbUnavailable(e: unknown): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [e];
  while (stack.length) {
    const x = stack.pop();
    if (!x || typeof x !== "object" || seen.has(x)) continue;
    seen.add(x);
    const o = x as Loose;
    if (typeof o.code === "string" && (SOCKET_CODES.has(o.code) || SQLSTATES.has(o.code) || PRISMA_CODES.has(o.code))) return true;
    if (typeof o.originalCode === "string" && SQLSTATES.has(o.originalCode)) return true;
    if (typeof o.kind === "string" && ADAPTER_KINDS.has(o.kind)) return true;
    if (typeof o.message === "string" && MESSAGES.test(o.message)) return true;
    stack.push(o.cause);
    if (o.meta && typeof o.meta === "object") stack.push((o.meta as { driverAdapterError?: unknown }).driverAdapterError);
    if (Array.isArray(o.errors)) stack.push(...o.errors); // AggregateError (a dual-stack connect)
  }
  return false;
}
