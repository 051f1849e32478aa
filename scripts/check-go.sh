#!/usr/bin/env bash
# check-go.sh — makes sure a Go toolchain that can build Zaman is present.
# Go 1.21 or newer fetches the exact toolchain go.mod asks for by itself
# (GOTOOLCHAIN=auto); an older or missing Go cannot.
set -euo pipefail
need="1.21"
if ! command -v go >/dev/null 2>&1; then
  for d in /usr/local/go/bin /usr/lib/go/bin; do
    [ -x "$d/go" ] && { echo "zaman: Go found in $d but not on PATH: export PATH=\$PATH:$d" >&2; exit 1; }
  done
  echo "zaman: Go is not installed. Install Go 1.26 or newer (https://go.dev/doc/install), or on Ubuntu 24.04+: apt-get install golang-go; then run make again." >&2
  exit 1
fi
v=$(go env GOVERSION 2>/dev/null | sed 's/^go//')
if [ "$(printf '%s\n%s\n' "$need" "$v" | sort -V | head -n1)" != "$need" ]; then
  echo "zaman: Go $v is too old (need $need or newer, which then fetches the version go.mod names). Install Go 1.26 from https://go.dev/doc/install and run make again." >&2
  exit 1
fi
