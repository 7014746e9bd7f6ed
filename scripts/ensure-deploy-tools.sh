#!/usr/bin/env bash
# The deployment and restore-drill tests (resilience/nginx-cluster.test.ts,
# resilience/restore-drill.test.ts) run what an operator runs: Debian's nginx, and Debian's
# PostgreSQL server tools (initdb, pg_ctl, pg_basebackup, pg_dump, pg_restore — the embedded
# PostgreSQL ships only initdb, pg_ctl and postgres). Install them when missing and we are root;
# the tests themselves fail, naming this script, when they are still missing.
set -euo pipefail
need=()
[ -x /usr/sbin/nginx ] || need+=(nginx)
ls /usr/lib/postgresql/*/bin/pg_basebackup >/dev/null 2>&1 || need+=(postgresql)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "[test] installing ${need[*]} with apt-get" >&2
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
else
  echo "[test] missing: ${need[*]}. Install them with: sudo apt-get install -y --no-install-recommends ${need[*]}" >&2
  exit 1
fi
