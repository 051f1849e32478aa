#!/usr/bin/env bash
# install-deps.sh PKG... — installs the Debian/Ubuntu packages that are
# missing, as root or through sudo, and does nothing when all are present.
# On other systems it prints what to install and carries on.
set -euo pipefail

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "zaman: not a Debian/Ubuntu system; make sure these (or your system's equivalents) are installed:" >&2
  echo "  a C compiler, pkg-config, OpenGL and X11 development headers (GL, X11, Xcursor, Xrandr, Xinerama, Xi, Xxf86vm);" >&2
  echo "  for tests also Xvfb, xdpyinfo, ImageMagick and Unicode's data files (BidiCharacterTest.txt)." >&2
  echo "  Debian names: $*" >&2
  exit 0
fi

missing=()
for p in "$@"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "zaman: installing missing system packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "zaman: missing packages and no root rights; run as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq || true
if ! "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
  echo "zaman: could not install ${missing[*]}; install them with your package manager and run make again" >&2
  exit 1
fi
