// Usage: tsx scripts/serve.ts [-p port] [-H hostname]   (npm start runs it through with-db.ts)
// The production server: Next's request handler behind the stored-page front
// (lib/http/front-server.ts). Like `next start`, it serves the build in NEXT_DIST_DIR or .next.
import { appendFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { format } from "node:util";
import next from "next";
import { serveBadAddress, serveStoredAnswer, serveStoredPage } from "../lib/http/front-server";
import { sessionSecretProblem } from "../lib/auth/secret-rules";

function option(names: string[], fallback: string): string {
  const i = process.argv.findIndex((a) => names.includes(a));
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

// no cookie-sealing secret, no server: the alternative would be one kept in the database, which
// a dump or the replica would give away (with the embedded database with-db.ts supplies one)
const secretProblem = sessionSecretProblem(process.env.SESSION_SECRET);
if (secretProblem) {
  console.error(secretProblem);
  process.exit(1);
}

const port = Number(option(["-p", "--port"], process.env.PORT ?? "3000"));
const hostname = option(["-H", "--hostname"], process.env.HOSTNAME ?? "0.0.0.0");
process.env.PORT = String(port); // proxy.ts fills the page cache through this port
(process.env as Record<string, string>).NODE_ENV = "production";

// Tests read what the server logged as an error (e2e/fuzz-params.spec.ts): a copy of console.error
if (process.env.SERVER_ERROR_LOG) {
  const file = process.env.SERVER_ERROR_LOG;
  writeFileSync(file, "");
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    original(...args);
    try {
      appendFileSync(file, `${new Date().toISOString()} ${format(...args)}\n`);
    } catch {
      // the copy is for tests; logging itself must not fail
    }
  };
}

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Without a reverse proxy of ours in front (TRUST_PROXY=1), forwarding headers come from the
// client and are not believed: the address is the connection's, host and scheme are the request's.
function settleForwarding(req: http.IncomingMessage): void {
  if (process.env.TRUST_PROXY === "1") return;
  req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
  delete req.headers["x-forwarded-host"];
  delete req.headers["x-forwarded-proto"];
  delete req.headers["x-real-ip"];
}

const server = http.createServer((req, res) => {
  settleForwarding(req);
  serveBadAddress(req, res)
    .then((served) => served || serveStoredPage(req, res))
    .then((served) => served || serveStoredAnswer(req, res))
    .then(async (served) => {
      if (!served) await handle(req, res);
    })
    .catch((e) => {
      console.error("serve:", e);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("服务器内部错误 / Internal server error");
    });
});
server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
server.listen(port, hostname, () => console.log(`▲ ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
