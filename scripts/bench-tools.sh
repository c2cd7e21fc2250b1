#!/usr/bin/env bash
# The benchmark's references: poppler's pdftotext and pdfgrep. Installs them where they are
# missing and this is Debian run as root; otherwise says how.
set -euo pipefail

missing=()
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v pdfgrep >/dev/null 2>&1 || missing+=(pdfgrep)
[ ${#missing[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing ${missing[*]} for the benchmark"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "The benchmark needs ${missing[*]}: install them (e.g. sudo apt-get install ${missing[*]}) and run it again." >&2
  exit 1
fi
