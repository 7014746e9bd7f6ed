// nginx (Debian's package) in front of app instances, with the configuration docs/DEPLOYMENT.md
// gives operators, generated per test on loopback ports and run in the foreground as a child
// of the test, so that it ends with the test.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { WORK_DIR } from "./config";
import { waitFor } from "./poll";

export const NGINX = "/usr/sbin/nginx";

export function nginxConfig(o: { port: number; upstreams: number[]; prefix: string }): string {
  const tmp = (n: string) => path.join(o.prefix, "tmp", n);
  return `
worker_processes 1;
pid ${path.join(o.prefix, "nginx.pid")};
error_log ${path.join(o.prefix, "error.log")} warn;
events { worker_connections 1024; }
http {
  access_log ${path.join(o.prefix, "access.log")};
  client_body_temp_path ${tmp("body")};
  proxy_temp_path ${tmp("proxy")};
  fastcgi_temp_path ${tmp("fastcgi")};
  uwsgi_temp_path ${tmp("uwsgi")};
  scgi_temp_path ${tmp("scgi")};
  client_max_body_size 200m;       # staff upload whole workbooks and CSV exports

  upstream app {
    # a refused or reset connection takes an instance out for 2 s; then it is tried again
${o.upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join("\n")}
    keepalive 32;
  }

  # The app compresses its pages and answers itself (br or gzip, with Vary: Accept-Encoding):
  # nginx passes Accept-Encoding through and leaves an encoded answer alone; gzip here only
  # covers what arrives uncompressed.
  gzip on;
  gzip_proxied any;
  gzip_vary on;
  gzip_types text/plain text/css text/csv application/json application/javascript application/xml application/atom+xml image/svg+xml;

  proxy_http_version 1.1;
  proxy_set_header Connection "";
  proxy_set_header Host $http_host;
  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
  proxy_set_header X-Forwarded-Proto $scheme;
  proxy_set_header X-Forwarded-Host $http_host;

  server {
    listen 127.0.0.1:${o.port};
    # uploads: the body streams to the app, validation progress streams back
    location /api/v1/batches {
      proxy_pass http://app;
      proxy_request_buffering off;
      proxy_buffering off;
      proxy_read_timeout 600s;
    }
    location / {
      proxy_pass http://app;
      # retry on the other instance when one dies: connection errors and 502 only, and
      # (nginx's default) never a POST/PATCH/DELETE, which might have been applied already
      proxy_next_upstream error timeout http_502;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 120s;
      # the app's Cache-Control, ETag and Vary go through untouched; the upstream is shown for tests
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

export type Nginx = { port: number; url: string; child: ChildProcess; prefix: string; stop: () => Promise<void> };

export async function startNginx(o: { port: number; upstreams: number[] }): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error(`nginx is missing (${NGINX}): run scripts/ensure-deploy-tools.sh (apt-get install nginx)`);
  const prefix = path.join(WORK_DIR, "deploy", `nginx-${o.port}`);
  rmSync(prefix, { recursive: true, force: true });
  for (const d of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(prefix, "tmp", d), { recursive: true });
  chmodSync(path.join(prefix, "tmp"), 0o777); // workers run as nobody when the master is root
  for (const d of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) chmodSync(path.join(prefix, "tmp", d), 0o777);
  const conf = path.join(prefix, "nginx.conf");
  writeFileSync(conf, nginxConfig({ ...o, prefix }));
  const check = spawnSync(NGINX, ["-t", "-p", prefix, "-c", conf], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`);
  const child = spawn(NGINX, ["-p", prefix, "-c", conf, "-g", "daemon off;"], { stdio: "ignore" });
  const url = `http://127.0.0.1:${o.port}`;
  await waitFor(`nginx on ${o.port}`, async () => {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${readFileSync(path.join(prefix, "error.log"), "utf8").slice(-1000)}`);
    return (await fetch(`${url}/api/health`).catch(() => null)) !== null;
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const gone = new Promise<void>((r) => child.once("exit", () => r()));
    child.kill("SIGQUIT"); // graceful: the master waits for its workers
    await Promise.race([gone, new Promise((r) => setTimeout(r, 5_000))]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  process.on("exit", () => child.exitCode === null && child.kill("SIGKILL"));
  return { port: o.port, url, child, prefix, stop };
}
