#!/usr/bin/env bash
# The SDMX tests check answers with the field's own tools: xmllint (SDMX-ML 2.1 XSDs) and R's
# rsdmx reading the running app. Both come from Debian; install them when missing and we are root.
set -euo pipefail
need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
Rscript -e 'library(rsdmx); library(jsonlite)' >/dev/null 2>&1 || need+=(r-cran-rsdmx r-cran-jsonlite)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "[test] installing ${need[*]} with apt-get" >&2
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
else
  echo "[test] missing: ${need[*]}. Install them with: sudo apt-get install -y --no-install-recommends ${need[*]}" >&2
  exit 1
fi
