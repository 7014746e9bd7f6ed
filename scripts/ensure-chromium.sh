#!/usr/bin/env bash
# Playwright uses Debian's chromium and never downloads a browser. Install it (and CJK
# fonts, without which Chinese text renders as empty boxes) when missing and we are root.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -n "$(fc-list 2>/dev/null | grep -i "Noto Sans CJK")" ] || need+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils) # the bulletin PDF's text, as a reader's tool extracts it
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "[test] installing ${need[*]} with apt-get" >&2
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null
else
  echo "[test] missing: ${need[*]}. Install them with: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
